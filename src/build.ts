import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readInputs, viewOf } from './site.ts';
import { reportProblems } from './report.ts';
import { startSearchIndex, type SearchIndex } from './search.ts';
import { regionSearchRecord } from './view/search-record.ts';
import { PageClaims } from './render/data-pages.ts';
import { helperThreads, startPageHelpers } from './render/helper-threads.ts';
import type { BuildContext, EleventyConfig } from './render/eleventy-config.ts';
import { TEMPLATES_DIR } from './project.ts';
import { stepTimer } from './step-timer.ts';
import { holdsMuchMemory, releaseFreedMemory } from './release-memory.ts';
import { fsErrorIn, fsWords } from './fs-errors.ts';
import { shownPath } from './safety-net.ts';
import { cut } from './ingest/problems.ts';

export interface BuildOptions {
  /** Folder holding data/ and content/. */
  root: string;
  /** Where the finished site goes; replaced only when the whole build succeeded. */
  output: string;
  log?: (line: string) => void;
  /** Print the stack of a failure too (`--debug`). */
  debug?: boolean;
}

/**
 * Validate, render into a temporary sibling folder, then swap it in. Any failure leaves
 * the existing output exactly as it was. Returns true on success.
 */
export async function buildSite({ root, output, log = console.error, debug = false }: BuildOptions): Promise<boolean> {
  const step = stepTimer('utama');
  const checked = readInputs(root);
  step('input dibaca dan diperiksa');
  reportProblems(checked.problems, log);
  if (!checked.ok) return false;

  const out = resolve(output);
  const temp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  removeLeftovers(out);
  // The temporary folder is made first: an output that cannot be written (no permission, a
  // read-only disk) is one clear message now, not an error from deep inside Eleventy later.
  // A read-only output folder is refused too: it could be moved aside but not removed.
  try {
    if (existsSync(out)) accessSync(out, constants.W_OK);
    mkdirSync(temp, { recursive: true });
  } catch (e) {
    log(outputMessage(e, temp));
    log('Situs yang sudah ada tidak diubah.');
    return false;
  }
  let search: SearchIndex | undefined;
  let indexed: Promise<unknown> | undefined;
  // Helper threads start first: each builds its own view while this thread builds its own.
  const claims = new PageClaims();
  const scores = [...checked.dataset.scores.values()].reduce((n, rows) => n + rows.length, 0);
  const threads = helperThreads(scores);
  const helpers = startPageHelpers({ dataset: checked.dataset, outputDir: temp, cards: true }, claims, threads);
  helpers.done.catch(() => {}); // reported where it is awaited
  try {
    search = await startSearchIndex();
    const index = search;
    const startIndex = () => {
      indexed = index.write(temp, step);
      indexed.catch(() => {}); // reported where it is awaited
    };
    // The view is made and used in here alone, so that it is let go of with the helpers' heaps
    // before the search index is built: at 55,000 regions, 0.3 GB less held while the index
    // grows (docs/performance.md, "Issue 21, stop 31"). True: start the index afterwards.
    const renderPages = async (): Promise<boolean> => {
      // The view of the input already read and checked: Eleventy renders it without reading the input again.
      const view = viewOf(checked.dataset);
      // Let go of the raw scores: the view holds what the pages need (about 200 MB at 55,000 regions).
      (checked as { dataset?: unknown }).dataset = undefined;
      step('tampilan (view) dibuat');
      // The search index gets every region page as a record (no HTML to parse), all sent now
      // for its service to work through during the build; then the rankings as HTML as they
      // are rendered; then home, from disk. Always in this order: its files depend on it.
      for (const page of view.regionPages) index.addRecord(regionSearchRecord(page));
      const onPage = (url: string, html: string) => (view.reuse.searchable[url] ? index.addPage(url, html) : undefined);
      // Eleventy renders its pages, then runs the data-pages plugin (src/render/data-pages.ts):
      // the downloads and the rankings, the last pages the search index needs, so Pagefind
      // can build its bundle in its own process while the region pages, shared with the helpers,
      // are written (last: the threads finish together, whatever else each had to do).
      // Building the index is the search process's peak (0.95 GB at 55,000 regions). A process that
      // already holds much memory starts it only once the helpers have ended and their memory is
      // handed back, so the two peaks never meet (docs/performance.md, "Issue 21, stop 30").
      let indexAfterHelpers = false;
      const afterRankings = () => {
        indexAfterHelpers = holdsMuchMemory();
        if (!indexAfterHelpers) startIndex();
      };
      await renderWithEleventy({ view, cardsByHelper: threads > 0, dataPages: { claims, onPage, afterRankings, step } }, resolve(root), temp, debug);
      return indexAfterHelpers;
    };
    const indexAfterHelpers = await renderPages();
    await helpers.done;
    releaseFreedMemory(); // the helpers' heaps and this thread's view, before the search index grows
    step('thread pembantu selesai');
    if (indexAfterHelpers) startIndex();
    await indexed; // before the swap
    step('indeks pencarian');
  } catch (e) {
    await helpers.stop(); // before removing the folder they write in
    await indexed?.catch(() => {}); // likewise
    removeQuietly(temp);
    log(fsErrorIn(e) ? outputMessage(e, temp) : `Build gagal: ${oneLine((e as Error).message)}`);
    if (debug) log(String((e as Error).stack));
    log('Situs yang sudah ada tidak diubah.');
    return false;
  } finally {
    await search?.close();
  }
  // Two renames on one file system: the old site is whole until the new one is in place.
  const hadOld = existsSync(out);
  try {
    if (hadOld) renameSync(out, old);
    try {
      renameSync(temp, out);
    } catch (e) {
      if (hadOld) renameSync(old, out);
      throw e;
    }
  } catch (e) {
    removeQuietly(temp);
    log(outputMessage(e, out));
    log('Situs yang sudah ada tidak diubah.');
    return false;
  }
  if (!removeInBackground(old) && !removeQuietly(old))
    log(`${shownPath(old)}: peringatan: situs lama tidak dapat dihapus; situs baru sudah di ${shownPath(out)}, hapus folder lama ini sendiri`);
  return true;
}

/** `<path>: folder keluaran tidak dapat ditulis: tidak ada izin (EACCES); …`, the path being the one that failed. */
function outputMessage(e: unknown, fallback: string): string {
  const fs = fsErrorIn(e);
  const path = fs?.path ?? fallback;
  const why = fs ? fsWords(fs.code) : oneLine((e as Error).message);
  return path.startsWith(fallback.replace(/\.(tmp|old)-\d+$/, ''))
    ? `${shownPath(path)}: folder keluaran tidak dapat ditulis: ${why}; periksa izin tulis dan ruang disk, atau bangun ke folder lain: npm run build -- <folder>`
    : `${shownPath(path)}: build gagal memakai berkas atau folder ini: ${why}; periksa izin dan ruang disk, lalu jalankan lagi`;
}

const oneLine = (text: string) => cut(text.split('\n')[0]!, 300);

/**
 * Remove the replaced site in a process of its own, which outlives this one: at national
 * scale that is hundreds of thousands of files and tens of seconds nobody need wait for.
 * What it leaves (killed, no permission) the next build's removeLeftovers tries again.
 * False when the process could not be started.
 */
function removeInBackground(path: string): boolean {
  try {
    const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
    spawn(process.execPath, ['-e', script, path], { detached: true, stdio: 'ignore' })
      .on('error', () => removeQuietly(path))
      .unref();
    return true;
  } catch {
    return false;
  }
}

/** Remove a folder of ours; false when it could not be (it is left for staff, never a crash). */
function removeQuietly(path: string): boolean {
  try {
    rmSync(path, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The whole site but what helper threads write: Eleventy's own pages (home, provinces,
 * indexes, feed, sitemap), the assets, the client bundles, (unless a helper does) the social
 * cards, and through its data-pages plugin the downloads, rankings and region pages.
 */
async function renderWithEleventy(build: BuildContext, root: string, output: string, debug: boolean): Promise<void> {
  // Imported now, not with this module: Eleventy is slow to load, and the helper
  // threads are started (and load their own code) before it (docs/performance.md, "What changed in stop 11").
  const [{ default: Eleventy }, { configureEleventy }] = await Promise.all([import('@11ty/eleventy'), import('./render/eleventy-config.ts')]);
  // Configured from here, not by .eleventy.js: no TypeScript loader at run time (scripts/compiled.mjs).
  const eleventy = new Eleventy(TEMPLATES_DIR, output, {
    configPath: false,
    config: (config) => void configureEleventy(config as EleventyConfig, root, build),
    pathPrefix: build.view.site.pathPrefix,
    quietMode: true,
  });
  // Eleventy's summary ("[11ty] Copied 4 Wrote 45 files…") is not the build's: staff read one
  // line, in Indonesian, at the end (scripts/build.ts). Its warnings and errors still show,
  // without the stack trace it appends to an error (with --debug, with it).
  const withoutStack = (message: string) => {
    const lines = String(message).split('\n');
    const stack = lines.findIndex((l) => l.includes('Original error stack trace'));
    console.error((stack === -1 ? lines : lines.slice(0, stack)).filter((l) => !/^\S*\s+at \S/.test(l)).join('\n'));
  };
  eleventy.logger.overrideLogger({ log() {}, warn: console.warn, error: debug ? console.error : withoutStack });
  await eleventy.write();
}

/**
 * Folders a killed build left beside the output (`<out>.tmp-<pid>`, `<out>.old-<pid>`), of
 * processes no longer running. An old site left mid-swap is put back, never deleted.
 */
function removeLeftovers(out: string): void {
  const parent = dirname(out);
  if (!existsSync(parent)) return;
  const prefix = `${basename(out)}.`;
  // Tidying only: a folder that cannot be listed, moved or removed is left as it is, and the
  // build says what is wrong when it writes there.
  try {
    for (const name of readdirSync(parent).sort()) {
      const m = /^(tmp|old)-(\d+)$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
      if (!m || isRunning(Number(m[2]))) continue;
      const path = join(parent, name);
      if (m[1] === 'old' && !existsSync(out)) renameSync(path, out);
      else removeQuietly(path);
    }
  } catch {
    // see above
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
