// `node scripts/compiled.mjs <script.ts> [args…]`: run a TypeScript script as plain JavaScript.
// esbuild bundles it, with the worker threads the code starts, into .cache/compiled/<hash>/ and
// Node runs that: no TypeScript loader resolving and translating every module at start-up,
// which cost a build about 0.5 s on its main thread and as much on each helper thread
// (docs/performance.md). The npm scripts run through here; tests and previews run the
// sources through tsx. Packages stay in node_modules/ (not bundled).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
const { outputFiles } = await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true, // modules shared by main and the workers load once per thread, from one file
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  write: false,
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

process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(join(folder, 'main.mjs')).href);
