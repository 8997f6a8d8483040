/** `npm run check` as staff run it: a subprocess, its exit status and what it prints on stderr. */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect as expectOutside, it } from 'vitest';
import { fixturePath } from './helpers/build-fixture.ts';
import { assembleBadCase, expectedProblems } from './helpers/bad-cases.ts';

const REPO = resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** Run `npm run check -- <root>`; npm's own notices are left out of stderr. */
async function check(root: string): Promise<{ code: number; stdout: string; stderr: string[] }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'check', '--', root], { cwd: REPO });
    return { code: 0, stdout, stderr: lines(stderr) };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: lines(err.stderr) };
  }
}
const lines = (text: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'));

const badRoot = (name: string) => {
  const root = assembleBadCase(name);
  temps.push(root);
  return root;
};

// Each case is its own process: run them side by side.
describe.concurrent('npm run check', () => {
  it('exits 0 on valid input and says so', async ({ expect }) => {
    expect(await check(fixturePath('site-small'))).toEqual({ code: 0, stdout: '', stderr: ['Data dan konten valid.'] });
  });

  it('exits 1 on invalid input and prints every problem, one per line, then a verdict', async ({ expect }) => {
    expect(await check(badRoot('many-files'))).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        ...expectedProblems('many-files'),
        '6 kesalahan, 0 peringatan. Perbaiki kesalahan di atas lalu jalankan lagi; situs yang sudah ada tidak diubah.',
      ],
    });
  });

  it('exits 0 when there are only warnings, and prints them', async ({ expect }) => {
    expect(await check(badRoot('warnings-only'))).toEqual({
      code: 0,
      stdout: '',
      stderr: [...expectedProblems('warnings-only'), '5 peringatan (tidak menghentikan build).', 'Data dan konten valid.'],
    });
  });

  // The round checks staff need before publishing (a round without a date, a date not yet come, the
  // narrative new-round leaves, a round far smaller than the one before that does not say it was a sample).
  it.each([
    ['round-warnings', 2],
    ['round-undeclared-sample', 1],
    ['warnings-only', 5],
  ])('warns, and still passes, for %s', async (name, count) => {
    const expect = expectOutside;
    const { code, stderr } = await check(badRoot(name));
    expect(code).toBe(0);
    expect(stderr).toEqual([...expectedProblems(name), `${count} peringatan (tidak menghentikan build).`, 'Data dan konten valid.']);
    expect(stderr.filter((l) => l.includes(': peringatan: '))).toHaveLength(count);
  });

  it('refuses a predikat column the round does not declare, and an unknown predicate, at their lines', async ({ expect }) => {
    for (const name of ['predikat-undeclared', 'predikat-unknown']) {
      const { code, stderr } = await check(badRoot(name));
      expect(code).toBe(1);
      expect(stderr.slice(0, -1)).toEqual(expectedProblems(name));
    }
  });
});
