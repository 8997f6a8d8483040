// `node scripts/compiled.mjs <script.ts> [args…]`: run a TypeScript script as plain JavaScript.
// esbuild bundles it, with the worker threads the code starts, into .cache/compiled/<hash>/ and
// Node runs that: no TypeScript loader resolving and translating every module at start-up, on
// every thread (docs/performance.md, "What changed in stop 11" and "Node 22 and 24"). The npm scripts
// run through here; tests and previews run the sources through tsx. Packages stay in node_modules/
// (not bundled). When no source the bundle was made from has changed since the last run of the
// same script, the bundle is reused without running esbuild.
import { build, stop, version } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROJECT = resolve(import.meta.dirname, '..');
/**
 * Worker threads' entries, by the file name the code starting them asks for beside itself
 * (`new URL('./name.mjs', import.meta.url)`): compiled, every module sits in one folder.
 * From the sources, helper-thread-entry.mjs registers tsx and imports helper-thread.ts.
 */
const WORKERS = {
  'helper-thread-entry': 'src/render/helper-thread.ts',
  'draw-worker': 'src/cards/draw-worker.mjs',
};

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('pakai: node scripts/compiled.mjs <skrip.ts> [argumen…]');
  process.exit(2);
}
const entryPoints = { main: resolve(script) };
for (const [name, file] of Object.entries(WORKERS)) entryPoints[name] = join(PROJECT, file);

const outdir = join(PROJECT, '.cache/compiled');
/** What the last bundle of this script was made from: `{ key, folder, inputs }`. */
const pointer = join(outdir, `last-${createHash('sha256').update(resolve(script)).digest('hex').slice(0, 16)}.json`);
let folder;
try {
  folder = reusable() ?? (await compile());
  await stop(); // esbuild's process would stay for the whole run of the script
} catch (e) {
  // A cache that cannot be written (permissions, a full disk) is one line for staff, not a stack trace.
  if (typeof e?.code !== 'string' || typeof e?.path !== 'string') throw e;
  console.error(
    `${e.path}: program tidak dapat disiapkan di .cache/compiled/ (${e.code}); periksa izin tulis dan ruang disk folder proyek, lalu jalankan lagi`,
  );
  process.exit(1);
}
const now = new Date();
try {
  utimesSync(folder, now, now); // in use: not pruned
  prune();
} catch {
  // Housekeeping only: a bundle made by another user, or a read-only cache, is used as it is.
}

/** The folder of the last bundle, if every source it was made from is as it was then. */
function reusable() {
  try {
    const last = JSON.parse(readFileSync(pointer, 'utf8'));
    return existsSync(last.folder) && keyOf(last.inputs) === last.key ? last.folder : null;
  } catch {
    return null; // no bundle yet, or a source gone
  }
}

/** The sources' contents, with this file, tsconfig.json (esbuild reads it) and esbuild's version: what a bundle depends on. */
function keyOf(inputs) {
  const hash = createHash('sha256')
    .update(readFileSync(import.meta.filename))
    .update(readFileSync(join(PROJECT, 'tsconfig.json')))
    .update(version);
  for (const input of inputs) hash.update(input).update(readFileSync(join(PROJECT, input)));
  return hash.digest('hex');
}

async function compile() {
  const { outputFiles, metafile } = await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true, // modules shared by main and the workers load once per thread, from one file
    format: 'esm',
    platform: 'node',
    target: 'node22',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    write: false,
    metafile: true,
    absWorkingDir: PROJECT,
    logLevel: 'warning',
  });
  // One folder per distinct output: a build running while another compiles changed sources keeps its own files.
  const hash = createHash('sha256');
  for (const f of outputFiles) hash.update(relative(outdir, f.path)).update(f.contents);
  const folder = join(outdir, hash.digest('hex').slice(0, 16));
  if (!existsSync(folder)) {
    const temp = `${folder}.tmp-${process.pid}`;
    for (const f of outputFiles) {
      const path = join(temp, relative(outdir, f.path));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.contents);
    }
    try {
      renameSync(temp, folder);
    } catch (e) {
      rmSync(temp, { recursive: true, force: true });
      if (!existsSync(folder)) throw e; // else another process put the same files there first
    }
  }
  const inputs = Object.keys(metafile.inputs).sort();
  writeFileSync(`${pointer}.${process.pid}`, JSON.stringify({ key: keyOf(inputs), folder, inputs }));
  renameSync(`${pointer}.${process.pid}`, pointer);
  return folder;
}

/** Bundles not used for a week: older sources' (a running process's bundle is younger). */
function prune() {
  const week = 7 * 24 * 3600 * 1000;
  for (const name of readdirSync(outdir)) {
    const path = join(outdir, name);
    if (/^[0-9a-f]{16}$/.test(name) && now.getTime() - statSync(path).mtimeMs > week) rmSync(path, { recursive: true, force: true });
  }
}

process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(join(folder, 'main.mjs')).href);
