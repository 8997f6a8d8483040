/**
 * Browser scripts, bundled at build time by esbuild from src/client/: minified, tree-shaken
 * (Chart.js contributes only the pieces src/client/chart-setup.ts registers), one ES module
 * per entry, no source maps: the same sources always give byte-identical files. Code an entry
 * imports dynamically (the chart drawing code, src/client/draw.ts) and code entries share go
 * to chunks/, named by their content's hash. Loaded with `<script type="module" src>` only by
 * pages that need them; browsers without modules get the page without scripts, which works.
 */
import { build, stop } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { urls } from './view/urls.ts';
import { inProject } from './project.ts';

const CLIENT = inProject('src/client');

/** Bundle name → entry file. `urls.script(name)` is where each is published. */
export const BUNDLES = {
  charts: 'charts.ts',
  sort: 'sort.ts',
  copy: 'copy.ts',
  filter: 'filter.ts',
} as const;

export type BundleName = keyof typeof BUNDLES;

export interface BundleOut {
  name: BundleName;
  path: string;
  /** Minified size. */
  bytes: number;
}

/** Ends esbuild's process (27 MB resident), which otherwise stays for the rest of a build; a later bundle starts another. */
export const stopBundler = (): Promise<void> => stop();

/** Writes every bundle under `<output>/assets/js/` and returns what it wrote. */
export async function bundleClient(output: string): Promise<BundleOut[]> {
  const names = Object.keys(BUNDLES) as BundleName[];
  const result = await build({
    entryPoints: Object.fromEntries(names.map((n) => [n, resolve(CLIENT, BUNDLES[n])])),
    outdir: resolve(output, `.${urls.scriptDir()}`),
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Phones a few years old: lower newer syntax rather than ship a second build (every browser with modules has import()).
    target: ['es2019'],
    supported: { 'dynamic-import': true },
    platform: 'browser',
    legalComments: 'eof',
    charset: 'utf8',
    sourcemap: false,
    metafile: true,
    logLevel: 'silent',
  });
  return names.map((name) => {
    const path = resolve(output, `.${urls.script(name)}`);
    const meta = Object.entries(result.metafile.outputs).find(([file]) => resolve(file) === path);
    return { name, path, bytes: meta?.[1].bytes ?? 0 };
  });
}

/** What a reader downloads: minified bytes and gzip (level 9) bytes of each bundle. */
export function bundleSizes(bundles: readonly BundleOut[]): { name: BundleName; minified: number; gzip: number }[] {
  return bundles.map(({ name, path }) => {
    const content = readFileSync(path);
    return { name, minified: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

// `npx tsx src/bundle.ts` prints the sizes reported in docs/charts.md.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const temp = mkdtempSync(join(tmpdir(), 'kepatuhan-bundle-'));
  try {
    for (const { name, minified, gzip } of bundleSizes(await bundleClient(temp))) {
      console.log(`${name}.js\t${minified} B minified\t${gzip} B gzip`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
