/** `npm run diff -- <previous site or its data/ folder> [--out <file or folder>]`, as a function tests can call. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { InvalidInputError } from '../ingest/problems.ts';
import { reportProblems } from '../report.ts';
import { diffSites, type SiteDiff } from './diff.ts';
import { renderDiffHtml } from './diff-html.ts';
import { renderDiffText } from './diff-text.ts';
import { StaffError } from './errors.ts';
import { currentData, readPublishedData } from './published-data.ts';

export const DEFAULT_REPORT = '_diff/index.html';
const USAGE = 'pakai: npm run diff -- <folder situs terbit, mis. _site, atau folder data/-nya> [--out _diff/index.html]';

export interface DiffArgs {
  published: string;
  out: string;
}

export function parseDiffArgs(argv: readonly string[]): DiffArgs {
  let published: string | undefined;
  let out = DEFAULT_REPORT;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') {
      const next = argv[++i];
      if (next === undefined) throw new StaffError(`--out perlu nama berkas atau folder; ${USAGE}`);
      out = next;
    } else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else if (a.startsWith('-')) throw new StaffError(`pilihan "${a}" tidak dikenal; ${USAGE}`);
    else if (published === undefined) published = a;
    else throw new StaffError(`terlalu banyak folder ("${a}"); ${USAGE}`);
  }
  if (published === undefined) throw new StaffError(`folder situs terbit belum diberikan; ${USAGE}`);
  return { published, out };
}

/** `report.html` stays a file; anything else is a folder that gets `index.html`. */
export function reportPath(out: string, cwd: string): string {
  const path = resolve(cwd, out);
  return path.endsWith('.html') ? path : join(path, 'index.html');
}

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);

export interface DiffRun {
  code: number;
  diff?: SiteDiff;
  report?: string;
}

/**
 * Compare the published site with what the inputs under root would publish; print the
 * report and write its HTML page. Exit code 0 whatever changed; 1 when it could not compare.
 */
export function runDiff(
  argv: readonly string[],
  { root, cwd = process.cwd(), out = console.log, err = console.error }: { root: string; cwd?: string; out?: (l: string) => void; err?: (l: string) => void },
): DiffRun {
  try {
    const args = parseDiffArgs(argv);
    const { folder, rounds: published, methods: publishedMethods } = readPublishedData(resolve(cwd, args.published));
    const report = reportPath(args.out, cwd);
    // The report must never be published with the site it describes.
    for (const site of [dirname(folder), resolve(root, '_site')]) {
      if (inside(report, site))
        throw new StaffError(
          `laporan tidak boleh ditulis di dalam folder situs (${relative(cwd, site) || '.'}); pilih tempat lain dengan --out, mis. --out ${DEFAULT_REPORT}`,
        );
    }
    const current = currentData(root);
    const diff = diffSites(published, current.rounds, { published: publishedMethods, current: current.methods });
    const label = relative(cwd, folder) || folder;
    for (const line of renderDiffText(diff, { publishedLabel: label })) out(line);
    mkdirSync(dirname(report), { recursive: true });
    writeFileSync(report, renderDiffHtml(diff, { publishedLabel: label }));
    out(`Laporan lengkap: ${relative(cwd, report)} (untuk staf; tidak ditautkan dari situs, jangan ikut diterbitkan)`);
    return { code: 0, diff, report };
  } catch (e) {
    if (e instanceof InvalidInputError) {
      reportProblems(e.problems, err);
      err('diff: data dan konten saat ini belum valid; perbaiki dulu, lalu bandingkan lagi.');
      return { code: 1 };
    }
    if (e instanceof StaffError) {
      err(`diff: ${e.message}`);
      return { code: 1 };
    }
    throw e;
  }
}
