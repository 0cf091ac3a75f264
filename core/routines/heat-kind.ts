/**
 * The heat rule's one definition of warmth: a step of kind `warmth` is a heat step, whatever a
 * file or an older copy says of it. Everything that asks "is this warmth?" asks here (the schema
 * derives a step's `isHeat` from it, so no file can turn the rule off).
 */
export function isHeatStep(step: { readonly kind: string }): boolean {
  return step.kind === 'warmth';
}
