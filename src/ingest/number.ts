/**
 * Scores as spreadsheets write them: `80.85` or `80,85`. A thousands separator is
 * never valid, so at most one separator is accepted.
 */
const NUMBER = /^[+-]?\d+(?:[.,](\d+))?$/;
/** Digits in groups of three, then perhaps decimals (`1.000,50`, `1,000.5`, `12.345.678`). */
const GROUPED = /^[+-]?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d*)?$/;

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const EXPECTED = 'diharapkan angka 0–100 dengan paling banyak dua desimal, mis. 80,85 atau 80.85';

export function parseScore(raw: string): Parsed {
  const text = raw.trim();
  if (text === '') return { ok: false, message: `nilai kosong; ${EXPECTED}` };
  const match = NUMBER.exec(text);
  if (!match) {
    if (GROUPED.test(text)) return { ok: false, message: `"${text}" memakai pemisah ribuan, yang tidak diizinkan; ${EXPECTED}` };
    return { ok: false, message: `"${text}" bukan angka; ${EXPECTED}` };
  }
  const decimals = match[1]?.length ?? 0;
  if (decimals > 2) {
    return { ok: false, message: `"${text}" memiliki ${decimals} angka desimal; ${EXPECTED} (pemisah ribuan tidak diizinkan)` };
  }
  const value = Number(text.replace(',', '.'));
  if (value < 0 || value > 100) return { ok: false, message: `"${text}" di luar rentang; ${EXPECTED}` };
  return { ok: true, value: value === 0 ? 0 : value }; // no -0
}
