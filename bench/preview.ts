/**
 * `npm run bench -- --preview [--sizes 5500] [--no-sample] [--work <folder>] [--rounds 8] [--cards warm|cold|off]`:
 * the local preview staff use, `npm start` (scripts/start.ts), rather than the build.
 *
 * For each size (the shipped sample, on a copy of its data/ and content/; then each synthetic
 * size of bench/generate.ts) the preview is started in a fresh process group, as `npm start`
 * runs it, with SITE_DATA pointing at the data, on a free port, and timed by polling one region
 * page over HTTP every 100 ms (the first region of the newest round that has a general narrative):
 *
 * 1. start: from spawning the process until the page answers 200 with the region's current
 *    score, written the Indonesian way (80,85);
 * 2. score edit: the region's score changed in the newest data/scores/YYYY.csv (nothing else
 *    in the file touched), until the page shows the new score;
 * 3. narrative edit: a unique word added to the region's general narrative (content/regions/),
 *    or a narrative created when it has none, until the page holds the word;
 * 4. template edit (the sample only): a comment line appended to templates/_data-pages/wilayah.ts,
 *    which makes the preview restart its server, until the page answers again: first until the
 *    old server is gone (a request fails) or a new server says it listens, then until the page
 *    answers 200. The template's original bytes are put back afterwards, also on Ctrl-C.
 *
 * How the preview renders (all pages on each change, or pages on request) does not matter here:
 * only HTTP answers are timed. Peak memory is that of the whole process tree (bench/process-tree.ts).
 * Social cards as in the build benchmark: `warm` times a first start with an empty card cache on
 * its own ("first start"), then the timed start finds the cards that start drew (if it drew them).
 * A start is given up after 15 minutes, an edit that does not show after 10.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import matter from 'gray-matter';
import { generate } from './generate.ts';
import { watchTree } from './process-tree.ts';
import { markdownTable, writeResults } from './results.ts';
import { forEachLine } from '../src/staff/preview.ts';
import { detectDelimiter } from '../src/ingest/csv.ts';
import { defaultSlug } from '../src/domain/slug.ts';

const ROOT = join(import.meta.dirname, '..');
/** The template the region page is rendered with: edited (and restored) in the sample's template step. */
export const TEMPLATE = 'templates/_data-pages/wilayah.ts';
const POLL_MS = 100;
/** A start is given up after 15 minutes, an edit that does not show after 10. */
const GIVE_UP_MS = { start: 15 * 60 * 1000, edit: 10 * 60 * 1000 };
/** One request may wait this long (a page rendered on request, a busy machine). */
const REQUEST_MS = 60_000;
const STOP_GRACE_MS = 5000;
/** An edit disturbed by a restart (someone else changed code) is tried this many times in all. */
const TRIES = 3;

/** The issue's targets, on the 2-core development machine. */
export const PREVIEW_TARGETS = {
  sample: { scoreEdit: 1.5, narrativeEdit: 1.5, templateEdit: 3 },
  regions: new Map([[5_500, { start: 60, scoreEdit: 5 }]]),
};

export type CardMode = 'cold' | 'warm' | 'off';

export interface PreviewBenchOptions {
  /** Synthetic sizes, after the sample. */
  sizes: number[];
  /** Measure the shipped sample first. */
  sample: boolean;
  rounds: number;
  /** Folder for generated data, copies and card caches. */
  work: string;
  /** Social cards per size (bench/run.ts's --cards and default). */
  cardsFor: (regions: number) => CardMode;
  /** One line about the machine, for the report. */
  machine: string;
}

export interface Step {
  seconds: number | null;
  failure: string | null;
}

export interface PreviewRow {
  label: string;
  regions: number;
  cards: CardMode;
  region: { code: string; name: string; url: string; score: string } | null;
  /** `warm` cards: a start with an empty card cache, before the timed one. */
  firstStart: Step | null;
  start: Step;
  scoreEdit: Step | null;
  narrativeEdit: Step | null;
  templateEdit: Step | null;
  /** Highest summed RSS of the preview's process tree, MB, over the timed start and the edits. */
  peakMb: number | null;
  /** Things that disturbed the measurement (a code change by someone else restarting the preview). */
  notes: string[];
}

// ---------------------------------------------------------------- pure helpers (unit-tested)

/** A score as the site writes it: two decimals, decimal comma. */
export const indonesian = (score: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);

/** A CSV line cut at its delimiters outside quotes; each cell exactly as written (quotes, spaces). */
export function rawCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let inQuotes = false;
  let cell = '';
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === delimiter && !inQuotes) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

const unquote = (cell: string) =>
  cell
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/""/g, '"')
    .trim();

/**
 * The scores file with one region's score replaced by `score` (two decimals, with the decimal
 * comma or point the old value used); every other byte as it was: line ends, BOM, quotes,
 * delimiter, the other rows. Throws when the file has no score column or no row for the code.
 */
export function replaceScore(text: string, code: string, score: number): string {
  const delimiter = detectDelimiter(text);
  const lines = text.split(/(?<=\n)/);
  const headerAt = lines.findIndex((l) => l.replace(/^\uFEFF/, '').trim() !== '');
  const header = rawCells((lines[headerAt] ?? '').replace(/^\uFEFF/, '').replace(/\r?\n$/, ''), delimiter).map((c) => unquote(c).toLowerCase());
  const [codeAt, scoreAt] = [header.indexOf('code'), header.indexOf('score')];
  if (codeAt < 0 || scoreAt < 0) throw new Error('the scores file has no code or score column');
  for (let i = headerAt + 1; i < lines.length; i++) {
    const end = /\r?\n$/.exec(lines[i]!)?.[0] ?? '';
    const cells = rawCells(lines[i]!.slice(0, lines[i]!.length - end.length), delimiter);
    if (unquote(cells[codeAt] ?? '') !== code) continue;
    const old = cells[scoreAt] ?? '';
    const number = /\d+(?:[.,]\d+)?/.exec(old);
    if (!number) throw new Error(`the score of ${code} is not a number: ${old}`);
    const written = score.toFixed(2).replace('.', number[0].includes(',') ? ',' : '.');
    cells[scoreAt] = old.slice(0, number.index) + written + old.slice(number.index + number[0].length);
    lines[i] = cells.join(delimiter) + end;
    return lines.join('');
  }
  throw new Error(`no row for ${code} in the scores file`);
}

/** A new valid score (0–100, two decimals) near `score` whose Indonesian form the page does not show yet. */
export function nextScore(score: number, shown: (formatted: string) => boolean): number {
  for (const step of [0.37, 0.41, 0.53, 0.71, 1.13, 2.39, 3.17]) {
    for (const candidate of [score + step, score - step]) {
      const rounded = Math.round(candidate * 100) / 100;
      if (rounded >= 0 && rounded <= 100 && !shown(indonesian(rounded))) return rounded;
    }
  }
  throw new Error(`no new score near ${score} that the page does not already show`);
}

/** The narrative with `marker` added as a paragraph at the end of its body; front matter untouched. */
export function withMarker(narrative: string, marker: string): string {
  const eol = narrative.includes('\r\n') ? '\r\n' : '\n';
  const body = narrative.endsWith('\n') ? narrative : narrative + eol;
  return `${body}${eol}${marker}${eol}`;
}

// ---------------------------------------------------------------- the data root

interface Region {
  code: string;
  name: string;
  slug: string;
  score: number;
  scoresFile: string;
  /** Its general narrative (no `year`), if it has one. */
  narrative: string | null;
}

function readCsvRows(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  return parse(text, {
    bom: true,
    delimiter: detectDelimiter(text),
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    skip_empty_lines: true,
    trim: true,
    relax_quotes: true,
    relax_column_count: true,
  });
}

/** General narratives (front matter `code`, no `year`) under content/regions/: code → file. */
function generalNarratives(root: string): Map<string, string> {
  const dir = join(root, 'content/regions');
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.md')) continue;
    const file = join(dir, rel);
    const { data } = matter(readFileSync(file, 'utf8'));
    if (data.code !== undefined && data.year === undefined) out.set(String(data.code), file);
  }
  return out;
}

/** The region to watch: the first of the newest round that has a general narrative, else the newest round's first. */
function pickRegion(root: string): Region {
  const years = readdirSync(join(root, 'data/scores'))
    .filter((f) => /^\d{4}\.csv$/.test(f))
    .sort();
  const scoresFile = join(root, 'data/scores', years.at(-1) ?? '');
  if (years.length === 0) throw new Error(`no scores in ${root}/data/scores`);
  const registry = new Map(readCsvRows(join(root, 'data/regions.csv')).map((r) => [r.code!, r]));
  const narratives = generalNarratives(root);
  const scored = readCsvRows(scoresFile).filter((r) => registry.has(r.code!) && r.score);
  const row = scored.find((r) => narratives.has(r.code!)) ?? scored[0];
  if (!row) throw new Error(`no scored region in ${scoresFile}`);
  const entry = registry.get(row.code!)!;
  return {
    code: row.code!,
    name: entry.name!,
    slug: entry.slug || defaultSlug(entry.kind!, entry.name!),
    score: Number(row.score!.replace(',', '.')),
    scoresFile,
    narrative: narratives.get(row.code!) ?? null,
  };
}

// ---------------------------------------------------------------- the preview process

interface Running {
  child: ChildProcess;
  pid: number;
  log: string[];
  exited: boolean;
  memory: { stop: () => number | null };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** `npm start -- --port <port>` without npm, in its own process group (the preview's Eleventy and checks are its children). */
function startPreviewProcess(dataRoot: string, port: number, cardCache: string): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, SITE_DATA: dataRoot, CARD_CACHE: cardCache },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid === undefined) throw new Error('the preview did not start');
  const running: Running = { child, pid: child.pid, log: [], exited: false, memory: watchTree(child.pid) };
  forEachLine(child, (line) => running.log.push(line));
  child.on('exit', () => (running.exited = true));
  return running;
}

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM to the whole group, SIGKILL after STOP_GRACE_MS. */
async function stopPreview(running: Running): Promise<void> {
  try {
    process.kill(-running.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  const deadline = Date.now() + STOP_GRACE_MS;
  while (groupAlive(running.pid) && Date.now() < deadline) await sleep(POLL_MS);
  if (groupAlive(running.pid)) process.kill(-running.pid, 'SIGKILL');
  while (groupAlive(running.pid)) await sleep(POLL_MS);
}

/** The same, synchronously, for a signal handler. */
function stopPreviewNow(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + STOP_GRACE_MS;
  const tick = new Int32Array(new SharedArrayBuffer(4));
  while (groupAlive(pid) && Date.now() < deadline) Atomics.wait(tick, 0, 0, POLL_MS);
  if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
}

type Answer = { status: number; html: string } | { error: string };

async function get(url: string): Promise<Answer> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_MS), headers: { 'cache-control': 'no-cache' } });
    return { status: response.status, html: await response.text() };
  } catch (e) {
    return { error: String((e as Error).cause ?? e) };
  }
}

/**
 * Poll `url` every POLL_MS from `since` (performance.now()) until `done` says so; seconds since `since`.
 * Throws when the preview exits or after `giveUpMs`.
 */
async function until(
  running: Running,
  url: string,
  since: number,
  what: string,
  done: (answer: Answer) => boolean,
  giveUpMs = GIVE_UP_MS.edit,
): Promise<number> {
  for (;;) {
    const asked = performance.now();
    const answer = await get(url);
    if (done(answer)) return (performance.now() - since) / 1000;
    if (running.exited) throw new Error(`the preview exited while waiting for ${what}; its last lines: ${running.log.slice(-5).join(' | ')}`);
    if (performance.now() - since > giveUpMs) {
      const last = 'error' in answer ? answer.error : `HTTP ${answer.status}`;
      throw new Error(
        `gave up after ${giveUpMs / 60_000} min waiting for ${what} (last answer: ${last}; the preview's last lines: ${running.log.slice(-3).join(' | ')})`,
      );
    }
    await sleep(Math.max(0, POLL_MS - (performance.now() - asked)));
  }
}

const shows = (text: string) => (a: Answer) => 'status' in a && a.status === 200 && a.html.includes(text);

async function step(run: () => Promise<number>): Promise<Step> {
  try {
    return { seconds: await run(), failure: null };
  } catch (e) {
    return { seconds: null, failure: (e as Error).message };
  }
}

const RESTARTING = /dimulai ulang/;
/** Files of the code the preview follows (src/, templates/, .eleventy.js) changed since `from` (ms). */
function changedCode(from: number): string[] {
  const dirs = ['src', 'templates'].map((d) => join(ROOT, d));
  const files = [join(ROOT, '.eleventy.js'), ...dirs.flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => join(d, f)))];
  return files
    .filter((f) => {
      const stat = statSync(f, { throwIfNoEntry: false });
      return stat?.isFile() && stat.mtimeMs >= from - 1000;
    })
    .map((f) => relative(ROOT, f));
}
const LISTENING = /Server at http/;
const count = (log: string[], pattern: RegExp) => log.filter((l) => pattern.test(l)).length;

/** The template edit's undo: the original bytes back, or, if someone else changed the file meanwhile, only our line taken out. */
function restoreTemplate(file: string, original: Buffer, appended: string): void {
  const now = readFileSync(file);
  if (now.equals(original)) return;
  if (now.equals(Buffer.concat([original, Buffer.from(appended)]))) return writeFileSync(file, original);
  const text = now.toString('utf8');
  if (text.includes(appended)) {
    writeFileSync(file, text.replace(appended, ''));
    console.error(`bench: ${TEMPLATE} changed by someone else during the template step: only the bench's comment line was removed`);
  } else console.error(`bench: ${TEMPLATE} changed by someone else during the template step and the bench's comment is gone: left as it is`);
}

/** What to undo if the benchmark is interrupted: the running preview, the template. */
const pending: { pid: number | null; template: (() => void) | null; folders: Set<string> } = { pid: null, template: null, folders: new Set() };
function onInterrupt(signal: NodeJS.Signals): void {
  console.error(`\nbench: ${signal}: stopping the preview${pending.template ? ` and restoring ${TEMPLATE}` : ''}…`);
  pending.template?.();
  if (pending.pid !== null) stopPreviewNow(pending.pid);
  for (const folder of pending.folders) rmSync(folder, { recursive: true, force: true });
  process.exit(130);
}

// ---------------------------------------------------------------- one size

async function measureSize(label: string, dataRoot: string, regions: number, cards: CardMode, work: string, withTemplate: boolean): Promise<PreviewRow> {
  const region = pickRegion(dataRoot);
  const url = (port: number) => `http://localhost:${port}/wilayah/${region.slug}/`;
  const current = indonesian(region.score);
  const row: PreviewRow = {
    label,
    regions,
    cards,
    region: { code: region.code, name: region.name, url: `/wilayah/${region.slug}/`, score: current },
    firstStart: null,
    start: { seconds: null, failure: null },
    scoreEdit: null,
    narrativeEdit: null,
    templateEdit: null,
    peakMb: null,
    notes: [],
  };
  const cardCache = join(work, `preview-cards-${label}`);
  rmSync(cardCache, { recursive: true, force: true });
  pending.folders.add(cardCache);

  /** Start a preview and time it until the page shows the current score; the caller stops it. */
  const timedStart = async (): Promise<{ running: Running; port: number; start: Step }> => {
    const port = await freePort();
    const started = performance.now();
    const running = startPreviewProcess(dataRoot, port, cardCache);
    pending.pid = running.pid;
    const start = await step(() => until(running, url(port), started, `${url(port)} to show ${current}`, shows(current), GIVE_UP_MS.start));
    return { running, port, start };
  };

  if (cards === 'warm') {
    process.stderr.write(`${label}: first start, empty card cache… `);
    const { running, start } = await timedStart();
    running.memory.stop();
    await stopPreview(running);
    pending.pid = null;
    row.firstStart = start;
    process.stderr.write(`${start.seconds?.toFixed(1) ?? `FAILED (${start.failure})`}\n`);
    if (start.failure) return { ...row, start: { seconds: null, failure: 'not measured: the first start failed' } };
  }
  process.stderr.write(`${label}: ${region.name} (${region.code}) at /wilayah/${region.slug}/, score ${current}; start… `);
  const { running, port, start } = await timedStart();
  row.start = start;
  try {
    if (start.failure) return row;
    process.stderr.write(`${start.seconds!.toFixed(1)} s; score edit… `);
    const page = url(port);
    /** What the page shows now, once the preview has caught up with the files: the score, the narrative's last marker. */
    let score = region.score;
    let marker: string | null = null;
    const settled = (a: Answer) => shows(indonesian(score))(a) && (marker === null || shows(marker)(a));
    /**
     * An edit, timed; tried again (up to TRIES times) when the preview restarted meanwhile because
     * someone changed code in src/ or templates/: that try timed a restart, not the edit.
     */
    const edit = async (name: string, attempt: () => Promise<number>): Promise<Step> => {
      for (let i = 1; ; i++) {
        const [restarts, from] = [count(running.log, RESTARTING), Date.now()];
        const result = await step(attempt);
        if (count(running.log, RESTARTING) === restarts) return result;
        const why = `the preview restarted meanwhile (code changed: ${changedCode(from).join(', ') || 'unknown'})`;
        if (i === TRIES) {
          row.notes.push(`${name}: ${why} in each of ${TRIES} tries; the last one is reported`);
          return result;
        }
        row.notes.push(`${name}: try ${i} (${result.failure ?? `${result.seconds!.toFixed(2)} s`}) not counted: ${why}`);
        await until(running, page, performance.now(), 'the page after the restart', settled);
      }
    };

    // 2. score edit
    row.scoreEdit = await edit('score edit', async () => {
      const shown = await get(page);
      const html = 'html' in shown ? shown.html : '';
      score = nextScore(score, (formatted) => html.includes(formatted));
      const text = replaceScore(readFileSync(region.scoresFile, 'utf8'), region.code, score);
      const since = performance.now();
      writeFileSync(region.scoresFile, text);
      return until(running, page, since, `the new score ${indonesian(score)}`, shows(indonesian(score)));
    });
    process.stderr.write(`${row.scoreEdit.seconds?.toFixed(2) ?? 'FAILED'}; narrative edit… `);

    // 3. narrative edit
    const narrative = region.narrative ?? join(dataRoot, 'content/regions', `${region.code}-bench.md`);
    if (!region.narrative) row.notes.push(`${region.code} had no general narrative: one was created`);
    row.narrativeEdit = await edit('narrative edit', async () => {
      const word = `penandabench${Date.now().toString(36)}`;
      const text = existsSync(narrative) ? withMarker(readFileSync(narrative, 'utf8'), word) : `---\ncode: "${region.code}"\n---\n\n${word}\n`;
      marker = word;
      const since = performance.now();
      writeFileSync(narrative, text);
      return until(running, page, since, `the narrative's marker ${word}`, shows(word));
    });
    process.stderr.write(`${row.narrativeEdit.seconds?.toFixed(2) ?? 'FAILED'}`);

    // 4. template edit (the repository's own template: the sample only)
    if (withTemplate) {
      process.stderr.write('; template edit… ');
      const file = join(ROOT, TEMPLATE);
      const original = readFileSync(file);
      const appended = `\n// bench ${new Date().toISOString()}\n`;
      const undo = () => restoreTemplate(file, original, appended);
      pending.template = undo;
      try {
        row.templateEdit = await step(async () => {
          const listening = count(running.log, LISTENING);
          const since = performance.now();
          writeFileSync(file, Buffer.concat([original, Buffer.from(appended)]));
          // The old server keeps answering while the preview checks the input: first until it is gone or a new one listens.
          await until(running, page, since, 'the preview to restart', (a) => !('status' in a && a.status === 200) || count(running.log, LISTENING) > listening);
          return until(running, page, since, 'the restarted preview to answer', settled);
        });
      } finally {
        undo();
        pending.template = null;
      }
      process.stderr.write(`${row.templateEdit.seconds?.toFixed(2) ?? 'FAILED'}`);
    }
    process.stderr.write('\n');
    return row;
  } finally {
    row.peakMb = running.memory.stop();
    await stopPreview(running);
    pending.pid = null;
    rmSync(cardCache, { recursive: true, force: true });
    pending.folders.delete(cardCache);
  }
}

// ---------------------------------------------------------------- report

const seconds = (s: Step | null, digits: number) => (s === null ? '–' : s.failure ? 'failed' : s.seconds!.toFixed(digits));

function table(rows: PreviewRow[]): string {
  const head = [
    'size',
    'regions',
    'cards',
    'region',
    'first start, empty card cache (s)',
    'start (s)',
    'score edit (s)',
    'narrative edit (s)',
    'template edit (s)',
    'peak MB',
  ];
  const body = rows.map((r) => [
    r.label,
    String(r.regions),
    r.cards,
    r.region?.url ?? '–',
    seconds(r.firstStart, 1),
    seconds(r.start, 1),
    seconds(r.scoreEdit, 2),
    seconds(r.narrativeEdit, 2),
    seconds(r.templateEdit, 2),
    r.peakMb?.toFixed(0) ?? '–',
  ]);
  return markdownTable(head, body, 4);
}

function verdicts(rows: PreviewRow[]): string[] {
  const out: string[] = [];
  const check = (name: string, s: Step | null, limit: number) => {
    if (s === null) return;
    if (s.failure) out.push(`MISS  ${name} < ${limit} s: failed (${s.failure})`);
    else out.push(`${s.seconds! < limit ? 'PASS' : 'MISS'}  ${name} < ${limit} s: ${s.seconds!.toFixed(2)} s`);
  };
  for (const r of rows) {
    for (const [name, s] of [
      ['first start', r.firstStart],
      ['start', r.start],
      ['score edit', r.scoreEdit],
      ['narrative edit', r.narrativeEdit],
      ['template edit', r.templateEdit],
    ] as const)
      if (s?.failure) out.push(`FAIL  ${r.label}: ${name}: ${s.failure}`);
    if (r.label === 'sample') {
      const t = PREVIEW_TARGETS.sample;
      check('sample: score edit visible', r.scoreEdit, t.scoreEdit);
      check('sample: narrative edit visible', r.narrativeEdit, t.narrativeEdit);
      check('sample: template edit served', r.templateEdit, t.templateEdit);
    } else {
      const t = PREVIEW_TARGETS.regions.get(r.regions);
      if (t) {
        check(`${r.regions} regions: start`, r.start, t.start);
        check(`${r.regions} regions: score edit visible`, r.scoreEdit, t.scoreEdit);
      }
    }
    for (const note of r.notes) out.push(`NOTE  ${r.label}: ${note}`);
  }
  return out;
}

/** Measure the preview for the sample and each size; print and write the report. False when a step failed. */
export async function benchPreview(options: PreviewBenchOptions): Promise<boolean> {
  const { sizes, rounds, work, cardsFor, machine } = options;
  mkdirSync(work, { recursive: true });
  const signals = ['SIGINT', 'SIGTERM'] as const;
  for (const s of signals) process.on(s, onInterrupt);
  const rows: PreviewRow[] = [];
  try {
    if (options.sample) {
      // Staff's files of the repository are never edited: a copy of them is.
      const copy = join(work, 'preview-sample');
      rmSync(copy, { recursive: true, force: true });
      pending.folders.add(copy);
      for (const dir of ['data', 'content']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
      const regions = readCsvRows(join(copy, 'data/regions.csv')).length;
      // The sample keeps its own settings: cards on.
      const cards = cardsFor(regions) === 'off' ? 'cold' : cardsFor(regions);
      try {
        rows.push(await measureSize('sample', copy, regions, cards, work, true));
      } finally {
        rmSync(copy, { recursive: true, force: true });
        pending.folders.delete(copy);
      }
    }
    for (const size of sizes) {
      const data = join(work, `preview-data-${size}-r${rounds}`);
      const cards = cardsFor(size);
      const { scores } = generate({ regions: size, rounds, out: data, socialCards: cards !== 'off' });
      console.error(`${size}: generated ${scores} scores in ${rounds} rounds in ${relative(ROOT, data)}/`);
      rows.push(await measureSize(String(size), data, size, cards, work, false));
    }
  } finally {
    for (const s of signals) process.off(s, onInterrupt);
  }

  const report = [
    `# Preview benchmark (\`npm run bench -- --preview\`), ${new Date().toISOString()}`,
    '',
    `Machine: ${machine}. \`npm start\` (scripts/start.ts) in a fresh process group on a free port, SITE_DATA = a copy of the sample's data/ and content/, or synthetic data (${rounds} rounds); one region page polled every ${POLL_MS} ms. Start: from spawning until the page shows the region's score; edits: from writing the file until the page shows the change (the template edit: until the restarted server answers). Peak MB: the highest summed RSS of the preview's process tree. One run each.`,
    '',
    table(rows),
    '',
    ...rows.map((r) => `- ${r.label}: ${r.region ? `${r.region.name} (${r.region.code}), ${r.region.url}, score ${r.region.score}` : '–'}`),
    '',
    ...verdicts(rows).map((v) => `- ${v}`),
    '',
  ].join('\n');
  console.log(`\n${report}`);
  writeResults('preview', 'preview-latest.md', report, { machine, rounds, rows });
  return rows.every((r) => [r.firstStart, r.start, r.scoreEdit, r.narrativeEdit, r.templateEdit].every((s) => !s?.failure));
}
