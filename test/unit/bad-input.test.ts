/** Every case of the bad-input corpus (test/helpers/bad-cases.ts) prints exactly its expected.txt. */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/site.ts';
import { reportProblems } from '../../src/report.ts';
import { assembleBadCase, badCases, expectedProblems, isWarning } from '../helpers/bad-cases.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
const assemble = (name: string) => {
  const root = assembleBadCase(name);
  temps.push(root);
  return root;
};

function check(root: string): { ok: boolean; lines: string[] } {
  const { ok, problems } = checkInputs(root);
  const lines: string[] = [];
  reportProblems(problems, (line) => lines.push(line));
  return { ok, lines: lines.slice(0, -1) }; // the last line is the verdict
}

describe('bad input corpus', () => {
  it('has a valid base', () => {
    expect(checkInputs(assemble('_base'))).toEqual({ ok: true, problems: [] });
  });

  it('has cases', () => {
    expect(badCases().length).toBeGreaterThanOrEqual(25);
  });

  it.each(badCases())('%s: reports exactly the expected problems', (name) => {
    const expected = expectedProblems(name);
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
