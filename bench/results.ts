/** Where a benchmark's report goes: bench/results/ (git-ignored), as `<name>-<time>.md` and `.json`, and `<latest>` for the newest. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const RESULTS = join(ROOT, 'bench/results');

export function writeResults(name: string, latest: string, report: string, data: unknown): void {
  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `${name}-${stamp}.md`), report);
  writeFileSync(join(RESULTS, `${name}-${stamp}.json`), JSON.stringify(data, null, 2));
  writeFileSync(join(RESULTS, latest), report);
  console.error(`Results written to ${relative(ROOT, join(RESULTS, `${name}-${stamp}.md`))}`);
}
