/**
 * How table cells compare when sorted (no DOM here, so it can be tested in Node): a cell's
 * `data-sort-value` when given, else its text read as an Indonesian number (80,85; 1.234;
 * −2,10; "12/98" → 12), else the text by Indonesian collation. Empty cells and "–" go last.
 */
export type Value = number | string | null;
export type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
const ID_NUMBER = /^([+\-−]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/;

/** The number a cell's text starts with, in Indonesian notation; null when it starts with none. */
export function readNumber(text: string): number | null {
  const m = ID_NUMBER.exec(text);
  if (!m) return null;
  const n = Number(`${m[2]!.replace(/\./g, '')}.${m[3] ?? '0'}`);
  return m[1] === '-' || m[1] === '−' ? -n : n;
}

/** A cell's value: `given` is its data-sort-value attribute (a plain number, or text). */
export function cellValue(given: string | undefined, text: string): Value {
  if (given !== undefined) {
    if (given.trim() === '') return null;
    const n = Number(given);
    return Number.isFinite(n) ? n : given;
  }
  const t = text.trim();
  if (t === '' || t === '–' || t === '-') return null;
  return readNumber(t) ?? t;
}

/**
 * Row order for one column: numeric when most filled cells are numbers (the rest, e.g. "baru",
 * then count as empty); empty last in both directions; equal values keep their current order.
 */
export function sortOrder(raw: readonly Value[], direction: Direction): number[] {
  const filled = raw.filter((v) => v !== null);
  const numeric = filled.filter((v) => typeof v === 'number').length * 2 > filled.length;
  const values = raw.map((v) => (numeric ? (typeof v === 'number' ? v : null) : v === null ? null : String(v)));
  const sign = direction === 'ascending' ? 1 : -1;
  return values
    .map((_, i) => i)
    .sort((a, b) => {
      const va = values[a]!;
      const vb = values[b]!;
      if (va === null || vb === null) return va === vb ? a - b : va === null ? 1 : -1;
      const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
      return sign * c || a - b;
    });
}
