/**
 * The corpus of bad input: each folder under test/fixtures/bad/ holds only the files that
 * differ from test/fixtures/bad/_base/ (a small valid site) and `expected.txt`, the exact
 * lines `npm run check` must print for it (without the closing verdict line).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/site.ts';
import { reportProblems } from '../../src/report.ts';
import { fixturePath } from '../helpers/build-fixture.ts';

const BAD = fixturePath('bad');
const CASES = readdirSync(BAD).filter((name) => name !== '_base').sort();
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** `_base` with the case's files laid over it, in a temporary folder. */
function assemble(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `kepatuhan-bad-${name}-`));
  temps.push(root);
  cpSync(join(BAD, '_base'), root, { recursive: true });
  if (name !== '_base') cpSync(join(BAD, name), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return root;
}

function check(root: string): { ok: boolean; lines: string[] } {
  const { ok, problems } = checkInputs(root);
  const lines: string[] = [];
  reportProblems(problems, (line) => lines.push(line));
  return { ok, lines: lines.slice(0, -1) }; // the last line is the verdict
}

const expectedLines = (name: string) => readFileSync(join(BAD, name, 'expected.txt'), 'utf8').split('\n').filter((l) => l !== '');
const isWarning = (line: string) => /^[^:]+(?::\d+)?: peringatan: /.test(line);

describe('bad input corpus', () => {
  it('has a valid base', () => {
    expect(checkInputs(assemble('_base'))).toEqual({ ok: true, problems: [] });
  });

  it('has cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)('%s: reports exactly the expected problems', (name) => {
    const expected = expectedLines(name);
    const { ok, lines } = check(assemble(name));
    expect(lines).toEqual(expected);
    // Warnings alone never stop the build.
    expect(ok).toBe(expected.every(isWarning));
  });

  it('never runs ---js front matter while checking', () => {
    const marker = join(tmpdir(), 'kepatuhan-frontmatter-js-ran');
    rmSync(marker, { force: true });
    check(assemble('front-matter-js'));
    expect(existsSync(marker)).toBe(false);
  });
});
