// Module resolve hook: `electron` -> tests/fakes/electron.ts.
const fake = new URL('../../tests/fakes/electron.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return nextResolve(fake, context);
  return nextResolve(specifier, context);
}
