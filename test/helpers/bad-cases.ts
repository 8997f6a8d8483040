/**
 * The bad-input corpus, test/fixtures/bad/: `_base/` is a small valid site; every other
 * folder holds only the files that differ from it, plus `expected.txt`, the exact lines
 * `npm run check` prints for it (without its closing verdict line).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from './build-fixture.ts';

const BAD = fixturePath('bad');

/** Names of the cases, sorted. */
export function badCases(): string[] {
  return readdirSync(BAD)
    .filter((name) => name !== '_base')
    .sort();
}

/** `_base` with the case's files laid over it, in a new temporary folder (the caller removes it). */
export function assembleBadCase(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `kepatuhan-bad-${name}-`));
  cpSync(join(BAD, '_base'), root, { recursive: true });
  if (name !== '_base') cpSync(join(BAD, name), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return root;
}

/** The case's expected problem lines, `path:line: message`, in the order they are printed. */
export function expectedProblems(name: string): string[] {
  return readFileSync(join(BAD, name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((l) => l !== '');
}

/** A printed problem line that is a warning (these never stop the build). */
export const isWarning = (line: string): boolean => /^[^:]+(?::\d+)?: peringatan: /.test(line);
