import type { Dimension, Result } from '../types.ts';

/** Scalar columns of `data/YYYY.csv`, in the JSON's field order; dimensions follow as `dimensions.<key>`. */
const FIELDS = [
  'code', 'name', 'kind', 'province', 'slug', 'score', 'zone', 'band', 'grade', 'rank', 'rankOf',
  'provinceRank', 'provinceRankOf', 'previousYear', 'previousScore', 'scoreChange', 'previousRank', 'rankChange',
] as const satisfies readonly (keyof Result)[];

/** `data/YYYY.json`: the round's results in the contract's order and shape. */
export function roundJson(year: number, results: readonly Result[]): string {
  return `${JSON.stringify({ year, results }, null, 2)}\n`;
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of results as CSV, with a `year` column first when rows come from several rounds. */
export function resultsCsv(rows: readonly { year?: number; result: Result }[], dimensions: readonly Dimension[]): string {
  const withYear = rows.some((r) => r.year !== undefined);
  const header = [...(withYear ? ['year'] : []), ...FIELDS, ...dimensions.map((d) => `dimensions.${d.key}`)];
  const lines = [header.join(',')];
  for (const { year, result } of rows) {
    const cells = [...(withYear ? [year] : []), ...FIELDS.map((f) => result[f]), ...dimensions.map((d) => result.dimensions[d.key])];
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** `data/YYYY.csv`: the same rows and field names as the JSON, one result per line. */
export function roundCsv(results: readonly Result[], dimensions: readonly Dimension[]): string {
  return resultsCsv(results.map((result) => ({ result })), dimensions);
}
