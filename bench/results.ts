/** Where a benchmark's report goes: bench/results/ (git-ignored), as `<name>-<time>.md` and `.json`, and `<latest>` for the newest. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const RESULTS = join(ROOT, 'bench/results');

/** A Markdown table, columns padded to one width: the first `textColumns` aligned left, the numbers after them right. */
export function markdownTable(head: string[], body: string[][], textColumns: number): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = widths.map((w, i) => (i < textColumns ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|');
  return [line(head), `|${rule}|`, ...body.map(line)].join('\n');
}

export function writeResults(name: string, latest: string, report: string, data: unknown): void {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `${name}-${stamp}.md`), report);
  writeFileSync(join(RESULTS, `${name}-${stamp}.json`), JSON.stringify(data, null, 2));
  writeFileSync(join(RESULTS, latest), report);
  console.error(`Results written to ${relative(ROOT, join(RESULTS, `${name}-${stamp}.md`))}`);
}
