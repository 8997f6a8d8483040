/**
 * Scores as spreadsheets write them: `80.85` or `80,85`. A thousands separator is
 * never valid, so at most one separator is accepted.
 */
const NUMBER = /^[+-]?\d+(?:[.,](\d+))?$/;

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

export function parseScore(raw: string): Parsed {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'nilai kosong; diharapkan angka 0–100' };
  const match = NUMBER.exec(text);
  if (!match) return { ok: false, message: `"${raw}" bukan angka; diharapkan angka 0–100 seperti 80,85 atau 80.85` };
  if ((match[1]?.length ?? 0) > 2) {
    return { ok: false, message: `"${raw}" memiliki lebih dari dua angka desimal; diharapkan paling banyak dua (80,85)` };
  }
  const value = Number(text.replace(',', '.'));
  if (value < 0 || value > 100) return { ok: false, message: `${raw} di luar rentang; diharapkan angka 0–100` };
  return { ok: true, value: value === 0 ? 0 : value }; // no -0
}

/** Round half away from zero to two decimals, immune to binary artefacts (1.005 → 1.01). */
export function round2(n: number): number {
  const r = Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9) / 100;
  return r === 0 ? 0 : r;
}
