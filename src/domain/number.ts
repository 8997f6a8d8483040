/** Scores have two decimals: every computed score, difference and mean is rounded the same way. */

/** Round half away from zero to two decimals, immune to binary artefacts (1.005 → 1.01). */
export function round2(n: number): number {
  const r = (Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9)) / 100;
  return r === 0 ? 0 : r;
}
