/**
 * mulberry32 (Tommy Ettinger, public domain): a tiny 32-bit PRNG, plenty for coin flips and the
 * same on every platform, which is what reproducing a schedule from its seed needs.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
