/**
 * `npm run bench [-- --sizes 550,5500,55000 --rounds 8 --repeat 3 --no-sample]`
 *
 * For each size: generate synthetic input (bench/generate.ts), build it in a fresh process
 * exactly as `npm run build` does (`node scripts/compiled.mjs scripts/build.ts <out>` with
 * SITE_DATA), then run the plain writer (bench/plain-writer.mjs) over the same list of
 * files, and report wall time and peak memory of both and their ratio. The shipped sample
 * site is measured first, as its own row. Results go to bench/results/ (git-ignored).
 *
 * Peak memory is the child's maximum resident set size, from `/usr/bin/time -v` when it
 * is installed, else from the child's own process.resourceUsage() (bench/report-usage.mjs);
 * beside it, the peak of the whole process tree's summed RSS (bench/process-tree.ts).
 *
 * After each build the output is checked against the input (bench/validate.ts); a build
 * whose output falls short fails the benchmark, however fast it was.
 *
 * `npm run bench -- --preview [--sizes 5500] [--no-sample]` measures the preview staff use,
 * `npm start`, instead of the build (bench/preview.ts): for the sample (on a copy of its data)
 * and each size (default 5500 alone), the time until one region page is served, then until
 * an edit of its score, of its narrative and (the sample only) of its template shows there.
 * `--sizes ''` measures the sample alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { generate } from './generate.ts';
import { benchPreview } from './preview.ts';
import { watchTree } from './process-tree.ts';
import { reclaimSeconds } from './reclaim.ts';
import { cpuBudget } from './cpu-budget.ts';
import { markdownTable, writeResults } from './results.ts';
import { countPages, validateSite, type Expectation } from './validate.ts';
import { STEP_PREFIX } from '../src/step-timer.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** `npm run build` without npm: the arguments it gives Node (package.json). */
const BUILD = (() => {
  const [node, ...args] = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build.split(' ');
  if (node !== 'node') throw new Error(`bench: package.json's build script does not start with "node": ${node}`);
  return args;
})();
const TIME = '/usr/bin/time';

/**
 * The issues' targets, on the 2-core development machine. The ratio to the plain writer applies
 * from 5,500 regions up (at the sample's size Node's start dominates both); a first build,
 * drawing every card, is measured against a warm one on the sample (issue 21).
 */
const TARGETS = {
  sampleSeconds: 3,
  seconds: new Map([
    [5_500, 15],
    [55_000, 120],
  ]),
  peakMb: new Map([[55_000, 2_500]]),
  ratio: 3,
  ratioFrom: 5_500,
  firstOverWarm: 1.5,
};

interface Run {
  /** Wall clock. */
  seconds: number;
  /** User + system CPU time: less disturbed than wall time when other work shares the machine. */
  cpuSeconds: number;
  /** User + system CPU time of the whole tree: Node's, and that of its descendants (Pagefind, esbuild) sampled from /proc; null without /proc. */
  treeCpuSeconds: number | null;
  /** Peak resident set size, MB: of the largest process in the build's tree (/usr/bin/time), else of Node. */
  peakMb: number;
  /** Peak resident set size of the Node process itself, MB (null when it crashed before reporting). */
  nodePeakMb: number | null;
  /** Peak of the summed RSS of the whole process tree, sampled every 100 ms, MB (null without /proc). */
  treePeakMb: number | null;
  /** Why the process failed (exit status or signal, last line of its output); null when it succeeded. */
  failure: string | null;
  /** When each step of the build ended, per thread (src/step-timer.ts: BUILD_TIMINGS); empty for the plain writer. */
  steps: string[];
  /** CPU seconds the kernel's page reclaim took meanwhile, on the same cores (null without /proc): the machine's noise, not the build's. */
  reclaimSeconds: number | null;
}

interface Row {
  label: string;
  regions: number;
  cards: CardMode;
  build: Run;
  /** With warm cards: the first builds, which drew every card (each taken in turn with a warm one, as many). */
  firstBuild: Run | null;
  /** The rest is known only when the build succeeded. */
  pages: number | null;
  files: number | null;
  megabytes: number | null;
  plain: Run | null;
  ratio: number | null;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

/**
 * `--work <folder>`: where generated input and built sites go (default bench/work/). A folder
 * on tmpfs (/dev/shm) measures the generator without the disk, whose speed on a shared
 * virtual machine varies several-fold from one run to the next.
 */
const WORK = resolve(option('work', join(ROOT, 'bench/work')));

const preview = process.argv.includes('--preview');
const sizes = option('sizes', preview ? '5500' : '550,5500,55000')
  .split(',')
  .filter((s) => s.trim() !== '')
  .map(Number);
const rounds = Number(option('rounds', '8'));
const repeatOption = process.argv.includes('--repeat') ? Number(option('repeat', '1')) : null;
/** Small builds are quick and noisy: take the median of three unless told otherwise. */
const repeatsFor = (regions: number) => repeatOption ?? (regions <= 10_000 ? 3 : 1);
const hasTime = existsSync(TIME);
/**
 * Social cards (src/cards) are drawn once and reused from a cache keyed by content. `warm`:
 * a first build, with an empty cache, draws them (a fresh machine, or the first build after a
 * new round, which changes every card; reported on its own), then a warm build takes them from
 * the cache, as every later build does, and so on in turns; `cold`: every timed build starts
 * with an empty cache; `off`: the site setting `socialCards: false`. Default: warm up to
 * CARDS_UP_TO regions, off above, as docs/performance.md recommends for very large sites (a card
 * costs about 4 ms of CPU).
 */
const CARDS_UP_TO = 10_000;
const cardsOption = option('cards', '');
if (!['', 'cold', 'warm', 'off'].includes(cardsOption)) throw new Error('--cards is cold, warm or off');
type CardMode = 'cold' | 'warm' | 'off';
const cardsFor = (regions: number): CardMode => (cardsOption as CardMode | '') || (regions <= CARDS_UP_TO ? 'warm' : 'off');
/** `--heap <MB>`: V8's heap limit for the builds (--max-old-space-size), to see what a size needs beyond the default. */
const heap = option('heap', '');

/** Run `node <args>` in a fresh process; wall time and peak RSS. */
async function measure(args: string[], env: Record<string, string>): Promise<Run> {
  const usageFile = join(WORK, `usage-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  const node = [process.execPath, ...(heap ? [`--max-old-space-size=${heap}`] : []), '--import', './bench/report-usage.mjs', ...args];
  const [command, ...argv] = hasTime ? [TIME, '-v', ...node] : node;
  // Flush what earlier runs wrote (and deleted), so their disk writeback is not timed here.
  spawnSync('sync');
  const reclaimBefore = reclaimSeconds();
  const started = performance.now();
  let treePeakMb: number | null = null;
  let descendantsCpu: number | null = null;
  const { status, stderr } = await new Promise<{ status: number; stderr: string }>((done, fail) => {
    const child = spawn(command!, argv, {
      cwd: ROOT,
      env: { ...process.env, ...env, BENCH_USAGE_FILE: usageFile, BUILD_TIMINGS: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const tree = child.pid === undefined ? null : watchTree(child.pid);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      treePeakMb = tree?.stop() ?? null;
      // Below Node: its children (under /usr/bin/time, Node is the root's child).
      descendantsCpu = tree?.cpuSecondsBelow(hasTime ? 1 : 0) ?? null;
      done({ status: code ?? (signal ? 128 : 1), stderr: err });
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const reclaimAfter = reclaimSeconds();
  // A crashed child (out of memory) never wrote its usage; /usr/bin/time still reports on it.
  const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage) : null;
  rmSync(usageFile, { force: true });
  const timed = (label: string) => new RegExp(`${label}: ([\\d.]+)`).exec(stderr)?.[1];
  const kb = Number(timed('Maximum resident set size \\(kbytes\\)') ?? usage?.maxRSS ?? NaN);
  const cpuSeconds = usage
    ? (usage.userCPUTime + usage.systemCPUTime) / 1e6
    : Number(timed('User time \\(seconds\\)')) + Number(timed('System time \\(seconds\\)'));
  // Node's own figure is exact only from its usage file (/usr/bin/time's would count esbuild twice).
  const treeCpuSeconds = descendantsCpu === null || !usage ? null : cpuSeconds + descendantsCpu;
  const exited = /Command (?:exited with non-zero status|terminated by signal) \d+/.exec(stderr)?.[0];
  const cause = /FATAL ERROR: [^\n]+|^Build gagal: [^\n]+/m.exec(stderr)?.[0];
  const failure = status === 0 ? null : [exited ?? `exit status ${status}`, cause].filter(Boolean).join(': ');
  const steps = stderr.split('\n').flatMap((line) => (line.startsWith(STEP_PREFIX) ? [line.slice(STEP_PREFIX.length).trim()] : []));
  const reclaim = reclaimBefore === null || reclaimAfter === null ? null : reclaimAfter - reclaimBefore;
  return {
    seconds,
    cpuSeconds,
    treeCpuSeconds,
    peakMb: kb / 1024,
    nodePeakMb: usage ? usage.maxRSS / 1024 : null,
    treePeakMb,
    failure,
    steps,
    reclaimSeconds: reclaim,
  };
}

/** Every file of a finished build: [path relative to it, bytes]. */
function manifest(dir: string): [string, number][] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e): [string, number] => {
      const file = join(e.parentPath, e.name);
      return [relative(dir, file), statSync(file).size];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const WRONG = 'wrong output: ';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Median times, the highest peak memory and the median run's steps of runs that succeeded. */
function summary(runs: readonly Run[]): Run {
  const seconds = median(runs.map((r) => r.seconds));
  return {
    seconds,
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    treeCpuSeconds: runs.every((r) => r.treeCpuSeconds !== null) ? median(runs.map((r) => r.treeCpuSeconds!)) : null,
    peakMb: Math.max(...runs.map((r) => r.peakMb)),
    nodePeakMb: Math.max(...runs.map((r) => r.nodePeakMb ?? 0)),
    treePeakMb: runs.some((r) => r.treePeakMb !== null) ? Math.max(...runs.map((r) => r.treePeakMb ?? 0)) : null,
    failure: null,
    steps: runs.find((r) => r.seconds === seconds)!.steps,
    reclaimSeconds: runs.some((r) => r.reclaimSeconds !== null) ? runs.reduce((sum, r) => sum + (r.reclaimSeconds ?? 0), 0) : null,
  };
}

/** The summary of `times` runs, each into a clean folder; stops at the first failure. */
async function repeated(times: number, clean: string, run: () => Promise<Run>): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) {
    rmSync(clean, { recursive: true, force: true });
    const result = await run();
    if (result.failure) return result;
    runs.push(result);
  }
  return summary(runs);
}

/** `times` pairs of a first build (`run` after `emptyCache`) and a warm one; stops at the first failure. */
async function firstThenWarm(times: number, run: () => Promise<Run>, emptyCache: () => void): Promise<{ firstBuild: Run; build: Run }> {
  const firsts: Run[] = [];
  const warms: Run[] = [];
  for (let i = 0; i < times; i++) {
    emptyCache();
    const first = await run();
    if (first.failure) return { firstBuild: first, build: first };
    firsts.push(first);
    const warm = await run();
    if (warm.failure) return { firstBuild: summary(firsts), build: warm };
    warms.push(warm);
  }
  return { firstBuild: summary(firsts), build: summary(warms) };
}

async function bench(label: string, dataRoot: string, regions: number, expected: Expectation): Promise<Row> {
  // The sample keeps its own settings: cards on.
  const cards = label === 'sample' && cardsFor(regions) === 'off' ? 'cold' : cardsFor(regions);
  const site = join(WORK, `site-${label}`);
  const plainOut = join(WORK, `plain-${label}`);
  const times = repeatsFor(regions);
  process.stderr.write(`${label}: building (${times}×)… `);
  const cardCache = join(WORK, `cards-${label}`);
  rmSync(cardCache, { recursive: true, force: true });
  // Every build is checked against the input, and later builds also against the first one's page count.
  let pages: number | null = null;
  const buildOnce = async () => {
    if (cards === 'cold') rmSync(cardCache, { recursive: true, force: true });
    const run = await measure([...BUILD, site], { SITE_DATA: dataRoot, CARD_CACHE: cardCache });
    if (run.failure) return run;
    const problems = validateSite(site, expected, pages);
    pages ??= countPages(site);
    return problems.length === 0 ? run : { ...run, failure: `${WRONG}${problems.join('; ')}` };
  };
  let firstBuild: Run | null = null;
  let build: Run;
  if (cards === 'warm') {
    // A first build (empty cache) then a warm one, `times` over: taken in turns, so a machine
    // that slows down or speeds up meanwhile moves both alike (it varies by a quarter).
    ({ firstBuild, build } = await firstThenWarm(
      times,
      () => {
        rmSync(site, { recursive: true, force: true });
        return buildOnce();
      },
      () => rmSync(cardCache, { recursive: true, force: true }),
    ));
    process.stderr.write(`first builds, drawing every card, ${firstBuild.seconds.toFixed(1)} s; warm `);
  } else build = await repeated(times, site, buildOnce);
  rmSync(cardCache, { recursive: true, force: true });
  if (build.failure) {
    process.stderr.write(`FAILED after ${build.seconds.toFixed(1)} s (${build.failure})\n`);
    rmSync(site, { recursive: true, force: true });
    return { label, regions, cards, build, firstBuild, pages: null, files: null, megabytes: null, plain: null, ratio: null };
  }
  const files = manifest(site);
  const manifestFile = join(WORK, `manifest-${label}.json`);
  writeFileSync(manifestFile, JSON.stringify(files));
  // Removed before the plain writer runs: on tmpfs (--work /dev/shm/…) two national sites, 7 GB each, need not fit at once.
  rmSync(site, { recursive: true, force: true });
  process.stderr.write(`${build.seconds.toFixed(1)} s; plain writer… `);
  const plain = await repeated(times, plainOut, () => measure(['bench/plain-writer.mjs', manifestFile, plainOut], {}));
  if (plain.failure) throw new Error(`the plain writer failed: ${plain.failure}`);
  process.stderr.write(`${plain.seconds.toFixed(1)} s\n`);
  for (const dir of [site, plainOut, manifestFile]) rmSync(dir, { recursive: true, force: true });
  return {
    label,
    regions,
    cards,
    build,
    firstBuild,
    pages: files.filter(([p]) => p.endsWith('.html')).length,
    files: files.length,
    megabytes: files.reduce((sum, [, n]) => sum + n, 0) / 1e6,
    plain,
    ratio: build.seconds / plain.seconds,
  };
}

function table(rows: Row[]): string {
  const head = [
    'size',
    'regions',
    'cards',
    'HTML pages',
    'files',
    'MB written',
    'first build, cards drawn (s)',
    'build (s)',
    'build CPU (s)',
    'peak RSS (MB)',
    'Node RSS (MB)',
    'tree peak RSS (MB)',
    'plain writer (s)',
    'ratio',
    'ms/region',
  ];
  const body = rows.map((r) =>
    [
      r.label,
      r.regions,
      r.cards,
      r.pages ?? '–',
      r.files ?? '–',
      r.megabytes?.toFixed(1) ?? '–',
      r.firstBuild?.seconds.toFixed(2) ?? '–',
      r.build.failure ? `failed after ${r.build.seconds.toFixed(0)}` : r.build.seconds.toFixed(2),
      r.build.cpuSeconds.toFixed(2),
      r.build.peakMb.toFixed(0),
      r.build.nodePeakMb?.toFixed(0) ?? '–',
      r.build.treePeakMb?.toFixed(0) ?? '–',
      r.plain?.seconds.toFixed(2) ?? '–',
      r.ratio?.toFixed(1) ?? '–',
      r.build.failure ? '–' : ((r.build.seconds * 1000) / r.regions).toFixed(2),
    ].map(String),
  );
  return markdownTable(head, body, 1);
}

/**
 * Growth between consecutive synthetic sizes: exponent k in time ∝ regions^k (1 = linear),
 * and the marginal ratio: the build's added time over the plain writer's for the same added
 * files, the ratio with the fixed costs of both (starting Node, loading code) left out.
 */
function growth(rows: Row[]): string[] {
  const synthetic = rows.filter((r) => r.label !== 'sample' && !r.build.failure);
  return synthetic.slice(1).map((r, i) => {
    const p = synthetic[i]!;
    const k = Math.log(r.build.seconds / p.build.seconds) / Math.log(r.regions / p.regions);
    const marginal = r.plain && p.plain ? (r.build.seconds - p.build.seconds) / (r.plain.seconds - p.plain.seconds) : NaN;
    return `${p.regions} → ${r.regions} regions: time ×${(r.build.seconds / p.build.seconds).toFixed(2)} for ×${(r.regions / p.regions).toFixed(0)} regions (exponent ${k.toFixed(2)}; 1 = linear); marginal ratio to the plain writer ${marginal.toFixed(1)}`;
  });
}

/** Where each build's time went: the end of each step, per thread, in seconds from the start of the process. */
function steps(rows: Row[]): string[] {
  return rows
    .filter((r) => r.build.steps.length > 0)
    .map((r) => {
      const byThread = new Map<string, string[]>();
      for (const line of r.build.steps) {
        const [thread, step] = [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)];
        byThread.set(thread, [...(byThread.get(thread) ?? []), step]);
      }
      const threads = [...byThread].map(([thread, done]) => `${thread}: ${done.join(' · ')}`);
      return `${r.label}: ${threads.join('; ')}`;
    });
}

/** The kernel's page reclaim during each size's timed runs, all of them together: seconds of CPU the runs shared their cores with. */
function reclaim(rows: Row[]): string[] {
  const of = (run: Run | null) => (run?.reclaimSeconds == null ? null : `${run.reclaimSeconds.toFixed(1)} s`);
  return rows.flatMap((r) => {
    const parts = [
      ['first builds', of(r.firstBuild)],
      ['builds', of(r.build)],
      ['plain writer', of(r.plain)],
    ].filter(([, s]) => s !== null);
    return parts.length ? [`${r.label}: ${parts.map(([name, s]) => `${name} ${s}`).join(' · ')}`] : [];
  });
}

function verdicts(rows: Row[]): string[] {
  const out: string[] = [];
  const check = (ok: boolean, text: string) => out.push(`${ok ? 'PASS' : 'MISS'}  ${text}`);
  // A target on wall time as CPU: CPU ÷ cores is the least time a build can take, and these keep the cores busy.
  const budget = (what: string, run: Run, seconds: number) =>
    run.treeCpuSeconds !== null && out.push(`INFO  ${cpuBudget(what, run.treeCpuSeconds, seconds, availableParallelism())}`);
  for (const r of rows) {
    if (r.build.failure)
      check(false, `${r.label}: the build failed after ${r.build.seconds.toFixed(0)} s, peak ${r.build.peakMb.toFixed(0)} MB (${r.build.failure})`);
    if (r.label === 'sample') check(r.build.seconds < TARGETS.sampleSeconds, `sample site < ${TARGETS.sampleSeconds} s: ${r.build.seconds.toFixed(2)} s`);
    const limit = TARGETS.seconds.get(r.regions);
    if (limit && !r.build.failure) check(r.build.seconds < limit, `${r.regions} regions < ${limit} s: ${r.build.seconds.toFixed(1)} s`);
    // The issue's limit is the whole tree's (Pagefind included); the largest process alone when the tree was not sampled.
    const mb = TARGETS.peakMb.get(r.regions);
    const [peak, of] = r.build.treePeakMb !== null ? [r.build.treePeakMb, 'whole tree'] : [r.build.peakMb, 'largest process'];
    if (mb) check(peak < mb, `${r.regions} regions < ${mb} MB peak (${of}): ${peak.toFixed(0)} MB`);
    if (r.ratio !== null && r.regions >= TARGETS.ratioFrom) {
      check(r.ratio <= TARGETS.ratio, `${r.label}: ratio to the plain writer ≤ ${TARGETS.ratio}: ${r.ratio.toFixed(2)}`);
      budget(`${r.label}, build`, r.build, TARGETS.ratio * r.plain!.seconds);
    } else if (r.ratio !== null) out.push(`INFO  ${r.label}: ratio to the plain writer ${r.ratio.toFixed(2)} (no target below ${TARGETS.ratioFrom} regions)`);
    if (r.firstBuild?.failure) check(false, `${r.label}: the first build failed after ${r.firstBuild.seconds.toFixed(0)} s (${r.firstBuild.failure})`);
    if (r.firstBuild && !r.firstBuild.failure && !r.build.failure) {
      const times = r.firstBuild.seconds / r.build.seconds;
      const what = `${r.label}: the first build, drawing every card (a fresh machine, or the first build after a new round, which changes every card), ${r.firstBuild.seconds.toFixed(1)} s, is ${times.toFixed(2)}× a warm one`;
      if (r.label === 'sample') {
        check(times <= TARGETS.firstOverWarm, `${what} (target ≤ ${TARGETS.firstOverWarm})`);
        budget(`${r.label}, first build`, r.firstBuild, TARGETS.firstOverWarm * r.build.seconds);
      } else out.push(`INFO  ${what}`);
    }
  }
  return out;
}

/** The shipped sample: results per round from its score files (a row a line); its pages are checked against the first build's count only. */
function sampleExpectation(): Expectation {
  const dir = join(ROOT, 'data/scores');
  const perYear = readdirSync(dir)
    .filter((f) => /^\d{4}\.csv$/.test(f))
    .map((f) => [
      f.slice(0, 4),
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length - 1,
    ]);
  return { resultsPerYear: Object.fromEntries(perYear), regionPages: [], region: null };
}

mkdirSync(WORK, { recursive: true });
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
if (preview) {
  const ok = await benchPreview({ sizes, sample: !process.argv.includes('--no-sample'), rounds, work: WORK, cardsFor, machine });
  process.exit(ok ? 0 : 1);
}
console.error(`Machine: ${machine}. Peak memory from ${hasTime ? '/usr/bin/time -v' : "the child's process.resourceUsage()"}.`);

const rows: Row[] = [];
if (!process.argv.includes('--no-sample')) {
  const regions = readFileSync(join(ROOT, 'data/regions.csv'), 'utf8').trim().split('\n').length - 1;
  rows.push(await bench('sample', ROOT, regions, sampleExpectation()));
}
for (const size of sizes) {
  const data = join(WORK, `data-${size}-r${rounds}`);
  const { scores, expected } = generate({ regions: size, rounds, out: data, socialCards: cardsFor(size) !== 'off' });
  console.error(`${size}: generated ${scores} scores in ${rounds} rounds in ${relative(ROOT, data)}/`);
  rows.push(await bench(String(size), data, size, expected));
}

const report = [
  `# Benchmark, ${new Date().toISOString()}`,
  '',
  `Machine: ${machine}. Output in ${WORK}. ${rounds} rounds per synthetic size; social cards: warm = drawn by a first build with an empty cache (its own column), then taken from the cache by a warm build, in turns, as many of each; cold = drawn in every timed build; off = \`socialCards: false\`${heap ? `; heap limit ${heap} MB` : ''}. Times: wall clock of a fresh process, median of ${[...new Set(rows.map((r) => repeatsFor(r.regions)))].join('/')} runs; peak RSS: the highest.`,
  '',
  table(rows),
  '',
  ...growth(rows).map((g) => `- ${g}`),
  '',
  'Where the time went (end of each step, seconds from the start of the build process; src/step-timer.ts):',
  '',
  ...steps(rows).map((line) => `- ${line}`),
  '',
  "The kernel's page reclaim (kswapd) meanwhile, CPU on the same cores (more than a few percent of a build's time: the machine was short of memory, compare with care):",
  '',
  ...reclaim(rows).map((line) => `- ${line}`),
  '',
  ...verdicts(rows).map((v) => `- ${v}`),
  '',
].join('\n');
console.log(`\n${report}`);
writeResults('bench', 'latest.md', report, { machine, rounds, rows });
// A build that ran but published the wrong site makes its times meaningless: fail the benchmark.
const wrong = rows.flatMap((r) => [r.firstBuild, r.build].filter((run) => run?.failure?.startsWith(WRONG)).map((run) => `${r.label}: ${run!.failure}`));
for (const line of wrong) console.error(`FAIL  ${line}`);
if (wrong.length > 0) process.exitCode = 1;
