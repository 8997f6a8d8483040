/**
 * `npm run bench [-- --sizes 550,5500,55000 --rounds 8 --repeat 3 --no-sample]`
 *
 * For each size: generate synthetic input (bench/generate.ts), build it in a fresh process
 * exactly as `npm run build` does (`node --import tsx scripts/build.ts <out>` with
 * SITE_DATA), then run the plain writer (bench/plain-writer.ts) over the same list of
 * files, and report wall time and peak memory of both and their ratio. The shipped sample
 * site is measured first, as its own row. Results go to bench/results/ (git-ignored).
 *
 * Peak memory is the child's maximum resident set size, from `/usr/bin/time -v` when it
 * is installed, else from the child's own process.resourceUsage() (bench/report-usage.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { generate } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench/work');
const RESULTS = join(ROOT, 'bench/results');
const TIME = '/usr/bin/time';

/** The issue's targets, on the 2-core development machine. */
const TARGETS = { sampleSeconds: 3, seconds: new Map([[5_500, 15], [55_000, 120]]), peakMb: new Map([[55_000, 2_500]]), ratio: 4 };

interface Run {
  /** Wall clock. */
  seconds: number;
  /** User + system CPU time: less disturbed than wall time when other work shares the machine. */
  cpuSeconds: number;
  /** Peak resident set size, MB. */
  peakMb: number;
}

interface Row {
  label: string;
  regions: number;
  pages: number;
  files: number;
  megabytes: number;
  build: Run;
  plain: Run;
  ratio: number;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const sizes = option('sizes', '550,5500,55000').split(',').map(Number);
const rounds = Number(option('rounds', '8'));
const repeatOption = process.argv.includes('--repeat') ? Number(option('repeat', '1')) : null;
/** Small builds are quick and noisy: take the median of three unless told otherwise. */
const repeatsFor = (regions: number) => repeatOption ?? (regions <= 10_000 ? 3 : 1);
const hasTime = existsSync(TIME);

/** Run `node --import tsx <script> …args` in a fresh process; wall time and peak RSS. */
async function measure(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  const usageFile = join(WORK, `usage-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  const node = [process.execPath, '--import', 'tsx', '--import', './bench/report-usage.ts', script, ...args];
  const [command, ...argv] = hasTime ? [TIME, '-v', ...node] : node;
  const started = performance.now();
  const stderr = await new Promise<string>((done, fail) => {
    const child = spawn(command!, argv, { cwd: ROOT, env: { ...process.env, ...env, BENCH_USAGE_FILE: usageFile }, stdio: ['ignore', 'inherit', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(err) : fail(new Error(`${script} exited with ${code}:\n${err}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  rmSync(usageFile, { force: true });
  const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const kb = timed ? Number(timed[1]) : usage.maxRSS;
  return { seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakMb: kb / 1024 };
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Median wall time and the highest peak memory over `times` runs, each with a clean output folder. */
async function repeated(times: number, clean: string, run: () => Promise<Run>): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) {
    rmSync(clean, { recursive: true, force: true });
    runs.push(await run());
  }
  return { seconds: median(runs.map((r) => r.seconds)), cpuSeconds: median(runs.map((r) => r.cpuSeconds)), peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}

async function bench(label: string, dataRoot: string, regions: number): Promise<Row> {
  const site = join(WORK, `site-${label}`);
  const plainOut = join(WORK, `plain-${label}`);
  const times = repeatsFor(regions);
  process.stderr.write(`${label}: building (${times}×)… `);
  const build = await repeated(times, site, () => measure('scripts/build.ts', [site], { SITE_DATA: dataRoot }));
  const files = manifest(site);
  const manifestFile = join(WORK, `manifest-${label}.json`);
  writeFileSync(manifestFile, JSON.stringify(files));
  process.stderr.write(`${build.seconds.toFixed(1)} s; plain writer… `);
  const plain = await repeated(times, plainOut, () => measure('bench/plain-writer.ts', [manifestFile, plainOut], {}));
  process.stderr.write(`${plain.seconds.toFixed(1)} s\n`);
  for (const dir of [site, plainOut, manifestFile]) rmSync(dir, { recursive: true, force: true });
  return {
    label,
    regions,
    pages: files.filter(([p]) => p.endsWith('.html')).length,
    files: files.length,
    megabytes: files.reduce((sum, [, n]) => sum + n, 0) / 1e6,
    build,
    plain,
    ratio: build.seconds / plain.seconds,
  };
}

function table(rows: Row[]): string {
  const head = ['size', 'regions', 'HTML pages', 'files', 'MB written', 'build (s)', 'build CPU (s)', 'peak RSS (MB)', 'plain writer (s)', 'ratio', 'ms/region'];
  const body = rows.map((r) => [
    r.label, r.regions, r.pages, r.files, r.megabytes.toFixed(1), r.build.seconds.toFixed(2), r.build.cpuSeconds.toFixed(2), r.build.peakMb.toFixed(0),
    r.plain.seconds.toFixed(2), r.ratio.toFixed(1), ((r.build.seconds * 1000) / r.regions).toFixed(2),
  ].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

/** Growth between consecutive synthetic sizes: exponent k in time ∝ regions^k (1 = linear). */
function growth(rows: Row[]): string[] {
  const synthetic = rows.filter((r) => r.label !== 'sample');
  return synthetic.slice(1).map((r, i) => {
    const p = synthetic[i]!;
    const k = Math.log(r.build.seconds / p.build.seconds) / Math.log(r.regions / p.regions);
    return `${p.regions} → ${r.regions} regions: time ×${(r.build.seconds / p.build.seconds).toFixed(2)} for ×${(r.regions / p.regions).toFixed(0)} regions (exponent ${k.toFixed(2)}; 1 = linear)`;
  });
}

function verdicts(rows: Row[]): string[] {
  const out: string[] = [];
  const check = (ok: boolean, text: string) => out.push(`${ok ? 'PASS' : 'MISS'}  ${text}`);
  for (const r of rows) {
    if (r.label === 'sample') check(r.build.seconds < TARGETS.sampleSeconds, `sample site < ${TARGETS.sampleSeconds} s: ${r.build.seconds.toFixed(2)} s`);
    const limit = TARGETS.seconds.get(r.regions);
    if (limit) check(r.build.seconds < limit, `${r.regions} regions < ${limit} s: ${r.build.seconds.toFixed(1)} s`);
    const mb = TARGETS.peakMb.get(r.regions);
    if (mb) check(r.build.peakMb < mb, `${r.regions} regions < ${mb} MB peak: ${r.build.peakMb.toFixed(0)} MB`);
    check(r.ratio < TARGETS.ratio, `${r.label}: ratio to the plain writer < ${TARGETS.ratio}: ${r.ratio.toFixed(1)}`);
  }
  return out;
}

mkdirSync(WORK, { recursive: true });
mkdirSync(RESULTS, { recursive: true });
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
console.error(`Machine: ${machine}. Peak memory from ${hasTime ? '/usr/bin/time -v' : "the child's process.resourceUsage()"}.`);

const rows: Row[] = [];
if (!process.argv.includes('--no-sample')) {
  const regions = readFileSync(join(ROOT, 'data/regions.csv'), 'utf8').trim().split('\n').length - 1;
  rows.push(await bench('sample', ROOT, regions));
}
for (const size of sizes) {
  const data = join(WORK, `data-${size}-r${rounds}`);
  const scores = generate({ regions: size, rounds, out: data });
  console.error(`${size}: generated ${scores} scores in ${rounds} rounds in ${relative(ROOT, data)}/`);
  rows.push(await bench(String(size), data, size));
}

const report = [
  `# Benchmark, ${new Date().toISOString()}`,
  '',
  `Machine: ${machine}. ${rounds} rounds per synthetic size. Times: wall clock of a fresh process, median of ${[...new Set(rows.map((r) => repeatsFor(r.regions)))].join('/')} runs; peak RSS: the highest.`,
  '',
  table(rows),
  '',
  ...growth(rows).map((g) => `- ${g}`),
  '',
  ...verdicts(rows).map((v) => `- ${v}`),
  '',
].join('\n');
console.log(`\n${report}`);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join(RESULTS, `bench-${stamp}.md`), report);
writeFileSync(join(RESULTS, `bench-${stamp}.json`), JSON.stringify({ machine, rounds, rows }, null, 2));
writeFileSync(join(RESULTS, 'latest.md'), report);
console.error(`Results written to ${relative(ROOT, join(RESULTS, `bench-${stamp}.md`))}`);
