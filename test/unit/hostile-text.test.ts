/**
 * Issue 18, as a property: any text (control characters, quotes, delimiters, BOMs, bidi
 * controls, YAML syntax, very long values) written into any CSV field or front-matter value
 * of a small site either passes, and then the whole view, its downloads and its social cards
 * are made without an exception, or fails with `path:line: message` problems. Never an
 * exception, never a hang. Mostly in process (fast); a few runs through `npm run build`.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { drawCards } from '../../src/cards/draw-pool.ts';
import { cut, formatProblem } from '../../src/ingest/problems.ts';
import { NAME_MAX, textProblem } from '../../src/ingest/text.ts';
import { readInputs, viewOf } from '../../src/site.ts';
import { joined } from '../../src/view/downloads.ts';
import { assembleBadCase } from '../helpers/bad-cases.ts';

const root = assembleBadCase('_base');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SITE_MD = '---\ntitle: Peta Uji\ndescription: Situs uji.\npublisher: Ombudsman RI\nurl: https://example.org\n---\n';
writeFileSync(join(root, 'content/site.md'), SITE_MD);
const BASE = new Map(
  ['data/regions.csv', 'data/scores/2019.csv', 'data/scores/2021.csv', 'content/rounds/2021.md', 'content/regions/32.01.md', 'content/site.md'].map((f) => [
    f,
    readFileSync(join(root, f), 'utf8'),
  ]),
);

/** Text meant to hurt: every kind of character, the syntax of both formats, and sizes. */
const nasty = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('\uFEFF', '"', '""', ',', ';', '\n', '\r\n', '\r', '\t', '\x00', '\x1b[2J', '\x85', '\u202e', '\u2066', '\u200b', '\u2028', '\uFFFE'),
      fc.constantFrom('=1+2', '-1', '+62', '@SUM(A1)', '---', '---js', '&a', '*a', '<<: *a', '!!js/function', '{', '[', ': ', '# ', "'", '\\', '%', '|', '>'),
      fc.constantFrom('Bogor', '80,85', '32.01', '2021-02-30', 'hijau'),
      fc.nat({ max: 400 }).map((n) => 'x'.repeat(n)),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** A CSV field, written as it is or quoted as a spreadsheet would. */
const csvField = (text: string, quoted: boolean) => (quoted ? `"${text.replace(/"/g, '""')}"` : text);

/** Where the text goes: one CSV field (file, line index ≥ 1, column) or one front-matter key. */
type Target = { file: string; line: number; column: number } | { file: string; key: string };
const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ file: fc.constant('data/regions.csv'), line: fc.integer({ min: 1, max: 7 }), column: fc.integer({ min: 0, max: 5 }) }),
  fc.record({
    file: fc.constantFrom('data/scores/2019.csv', 'data/scores/2021.csv'),
    line: fc.integer({ min: 1, max: 7 }),
    column: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ file: fc.constant('content/rounds/2021.md'), key: fc.constantFrom('title', 'published', 'source') }),
  fc.record({ file: fc.constant('content/regions/32.01.md'), key: fc.constantFrom('code', 'title', 'year') }),
  fc.record({ file: fc.constant('content/site.md'), key: fc.constantFrom('title', 'description', 'publisher', 'url', 'sampleData') }),
);

/** The site with `text` written at `where`; returns the file's new content. */
function write(where: Target, text: string, quoted: boolean): void {
  for (const [file, content] of BASE) writeFileSync(join(root, file), content);
  const base = BASE.get(where.file)!;
  let changed: string;
  if ('key' in where) {
    const value = quoted ? JSON.stringify(text) : text;
    const lines = base.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${where.key}:`));
    if (at === -1) lines.splice(1, 0, `${where.key}: ${value}`);
    else lines[at] = `${where.key}: ${value}`;
    changed = lines.join('\n');
  } else {
    const lines = base.split('\n');
    const cells = lines[where.line]!.split(',');
    cells[where.column] = csvField(text, quoted);
    lines[where.line] = cells.join(',');
    changed = lines.join('\n');
  }
  writeFileSync(join(root, where.file), changed);
}

const FILES = [...BASE.keys()];
const PROBLEM = /^(?<file>[^:\n]+?)(?::(?<line>\d+))?: (?<message>.+)$/;

/** Every problem is `path:line: message` (or `path: message`) for a file of the site, on one line, with nothing raw or huge quoted. */
function expectWellFormed(problems: ReturnType<typeof readInputs>['problems']): void {
  for (const p of problems) {
    const line = formatProblem(p);
    const m = PROBLEM.exec(line);
    expect(m, line).not.toBeNull();
    expect(
      FILES.some((f) => m!.groups!.file === f || f.startsWith(`${m!.groups!.file}/`)),
      line,
    ).toBe(true);
    if (p.line !== null) expect(p.line).toBeGreaterThanOrEqual(1);
    expect(line).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(line).not.toMatch(/^\s+at /m);
    expect(line.length).toBeLessThan(1200);
  }
}

describe('any text in any field: problems at path:line, or a site made whole', () => {
  it('in process: check, view, downloads and social cards (time-limited)', async () => {
    let passed = 0;
    await fc.assert(
      fc.asyncProperty(target, nasty, fc.boolean(), async (where, text, quoted) => {
        write(where, text, quoted);
        const checked = readInputs(root);
        expectWellFormed(checked.problems);
        if (!checked.ok) return;
        passed++;
        // What crashed late before: the view, a download, the social card of a name.
        const view = viewOf(checked.dataset);
        for (const f of view.files) {
          const content = joined(f.content());
          if (f.url.endsWith('.csv'))
            for (const cell of (parse(content) as string[][]).flat()) expect(/^[=+@\t\r]|^-(?!\d)/.test(cell), `${f.url}: ${cell}`).toBe(false);
        }
        await drawCards(
          view.reuse.cards.map((c) => ({ svg: c.svg() })),
          () => {},
        );
      }),
      { numRuns: 60, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false },
    );
    expect(passed).toBeGreaterThan(0); // some texts are fine: the success path ran too
  }, 60_000);

  it('through npm run build, a few times: exit 0 or 1, never a stack trace', async () => {
    const REPO = resolve(import.meta.dirname, '../..');
    const samples = fc.sample(fc.tuple(target, nasty, fc.boolean()), { numRuns: 3, seed: 18 });
    // What used to crash late (a control character in a name, a bidi override in a title), and
    // hostile text that is valid (a formula, quotes, a delimiter): that build must succeed.
    samples.push(
      [{ file: 'data/regions.csv', line: 4, column: 1 }, 'Ma\x1bja\u202elengka', false],
      [{ file: 'content/site.md', key: 'title' }, '\u202eUji', true],
      [{ file: 'data/regions.csv', line: 4, column: 1 }, '=Bogor, "Kota Hujan"; @1', true],
    );
    const codes: number[] = [];
    for (const [where, text, quoted] of samples) {
      write(where, text, quoted);
      const out = join(root, '_site');
      const ran = await promisify(execFile)('npm', ['run', '--silent', 'build', '--', out], {
        cwd: REPO,
        env: { ...process.env, SITE_DATA: root },
        timeout: 120_000,
      }).then(
        (r) => ({ code: 0, text: r.stderr + r.stdout }),
        (e: { code: number; stderr: string; stdout: string }) => ({ code: e.code, text: e.stderr + e.stdout }),
      );
      expect([0, 1], `${cut(JSON.stringify(text))}: ${ran.text}`).toContain(ran.code);
      codes.push(ran.code);
      expect(ran.text).not.toMatch(/^\s+at /m);
      for (const line of ran.text.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'))) {
        expect(line, line).toMatch(
          /^(\S[^:\n]*?(:\d+)?: .+|\d+ kesalahan, \d+ peringatan\. .+|\d+ peringatan \(tidak menghentikan build\)\.|Situs dibangun di .+|Situs yang sudah ada tidak diubah\.)$/,
        );
      }
      rmSync(out, { recursive: true, force: true });
    }
    expect(codes.at(-1)).toBe(0);
  }, 120_000);
});

describe('the helpers', () => {
  it('cut: values over 80 characters end in "…", never half a surrogate pair', () => {
    expect(cut('x'.repeat(80))).toBe('x'.repeat(80));
    expect(cut('x'.repeat(81))).toBe(`${'x'.repeat(79)}…`);
    expect(cut(`${'x'.repeat(78)}😀😀`)).toBe(`${'x'.repeat(78)}…`);
  });

  it('textProblem: control characters, invisible characters and length, in that order', () => {
    expect(textProblem('Kota Bogor', NAME_MAX)).toBeNull();
    expect(textProblem('Baris\nbaru\tdan tab', NAME_MAX)).toBeNull();
    expect(textProblem('a\x00b', NAME_MAX)).toMatch(/^berisi karakter kendali U\+0000 /);
    expect(textProblem('a\x9bb', NAME_MAX)).toMatch(/^berisi karakter kendali U\+009B /);
    expect(textProblem('a\u202eb', NAME_MAX)).toMatch(/^berisi karakter tak terlihat U\+202E /);
    expect(textProblem('a\ufeffb', NAME_MAX)).toMatch(/^berisi karakter tak terlihat U\+FEFF /);
    expect(textProblem('😀'.repeat(150), NAME_MAX)).toBeNull(); // characters, not UTF-16 units
    expect(textProblem('x'.repeat(151), NAME_MAX)).toBe('terlalu panjang (151 karakter); paling banyak 150 karakter');
  });
});
