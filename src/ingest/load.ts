import { posix } from 'node:path';
import type { Dataset, Narrative, Page, Region, Round, Score } from '../domain/types.ts';
import { lineOfKey } from './markdown.ts';
import { readNarrative, readPage, readSite, DEFAULT_SITE } from './narratives.ts';
import { Problems } from './problems.ts';
import { InputFiles } from './read-file.ts';
import { RESERVED_SLUGS } from '../domain/reserved-slugs.ts';
import { readRegions } from './regions.ts';
import { defaultRound, readRound } from './rounds.ts';
import { readScores } from './scores.ts';

const YEAR_FILE = /^(\d{4})\.(csv|md)$/;

export interface Loaded {
  dataset: Dataset;
  problems: Problems;
}

/**
 * Read and validate everything staff supplied under `root` (data/ and content/).
 * Problems are collected, never thrown, so that all of them can be reported at once.
 */
export function loadDataset(root: string): Loaded {
  const problems = new Problems();
  // Every file is read through here: faults become problems at the file, links out of the project are refused.
  const files = new InputFiles(root, problems);
  const read = (rel: string) => files.read(rel);

  const regionsFile = 'data/regions.csv';
  let regions: Region[] = [];
  if (!files.exists(regionsFile)) problems.error(regionsFile, null, 'berkas registri wilayah tidak ada; diharapkan data/regions.csv');
  else {
    const text = read(regionsFile);
    if (text !== null) regions = readRegions(text, regionsFile, problems);
  }
  const byCode = new Map(regions.map((r) => [r.code, r]));

  const scoreFiles = yearFiles(files, 'data/scores', 'csv', problems);
  const roundFiles = yearFiles(files, 'content/rounds', 'md', problems);
  for (const [year, file] of roundFiles) {
    if (scoreFiles.has(year)) continue;
    problems.error(file, null, `putaran ${year} tidak memiliki berkas nilai; diharapkan data/scores/${year}.csv`);
    const text = read(file);
    if (text !== null) readRound(year, text, file, problems); // its own problems are reported too, all at once
  }
  if (scoreFiles.size === 0) problems.error('data/scores', null, 'tidak ada berkas nilai; diharapkan data/scores/YYYY.csv');

  const rounds: Round[] = [];
  const scores = new Map<number, Score[]>();
  for (const [year, file] of [...scoreFiles].sort((a, b) => a[0] - b[0])) {
    const roundFile = roundFiles.get(year);
    const roundText = roundFile ? read(roundFile) : null;
    const round = roundText !== null ? readRound(year, roundText, roundFile!, problems) : defaultRound(year);
    rounds.push(round);
    const text = read(file);
    scores.set(year, text === null ? [] : readScores(text, file, round, byCode, problems));
  }
  reportUndeclaredSamples(rounds, scores, scoreFiles, roundFiles, problems);

  const codes = new Set(byCode.keys());
  const years = new Set(rounds.map((r) => r.year));
  const narratives: Narrative[] = files
    .walk('content/regions', '.md')
    .map((file) => {
      const text = read(file);
      return text === null ? null : readNarrative(text, file, codes, years, problems);
    })
    .filter((n): n is Narrative => n !== null);

  const pages: Page[] = [];
  const pageFiles = new Map<string, string>();
  for (const file of files.walk('content/pages', '.md')) {
    const text = read(file);
    if (text === null) continue;
    const page = readPage(text, file, posix.basename(file, '.md'), problems);
    if (!page) continue;
    const other = pageFiles.get(page.slug);
    if (RESERVED_SLUGS.includes(page.slug)) {
      problems.error(
        file,
        lineOfKey(text, 'slug'),
        `slug halaman "${page.slug}" sudah dipakai situs (${RESERVED_SLUGS.join(', ')}); diharapkan slug lain (isi kunci slug)`,
      );
    } else if (other)
      problems.error(file, lineOfKey(text, 'slug'), `slug halaman "${page.slug}" sudah dipakai oleh ${other}; diharapkan slug yang berbeda (isi kunci slug)`);
    else {
      pageFiles.set(page.slug, file);
      pages.push(page);
    }
  }

  const siteFile = 'content/site.md';
  const siteText = files.exists(siteFile) ? read(siteFile) : null;
  const site = siteText !== null ? readSite(siteText, siteFile, problems) : DEFAULT_SITE;

  return { dataset: { site, regions, rounds, scores, narratives, pages }, problems };
}

/**
 * A round that assessed less than half as many bodies as the round before it was probably a
 * sample (2025: 310 of some 550): undeclared, its pages would not say so.
 */
function reportUndeclaredSamples(
  rounds: readonly Round[],
  scores: Map<number, Score[]>,
  scoreFiles: Map<number, string>,
  roundFiles: Map<number, string>,
  problems: Problems,
): void {
  rounds.forEach((round, i) => {
    const before = rounds[i - 1];
    const file = scoreFiles.get(round.year)!;
    // Rows with errors are not counted: the errors say what to fix first.
    if (!before || round.sample || problems.errors.some((p) => p.file === file || p.file === roundFiles.get(round.year))) return;
    const [now, then] = [scores.get(round.year)?.length ?? 0, scores.get(before.year)?.length ?? 0];
    if (now > 0 && now * 2 < then) {
      problems.warn(
        roundFiles.get(round.year) ?? file,
        null,
        `putaran ${round.year} menilai ${now} instansi, kurang dari separuh putaran ${before.year} (${then}); bila hanya sampel yang dinilai, tulis sample: true di content/rounds/${round.year}.md agar halamannya menyebutkannya`,
      );
    }
  });
}

/** `dir/YYYY.ext` files by year; any other file there is reported. */
function yearFiles(files: InputFiles, dir: string, ext: string, problems: Problems): Map<number, string> {
  const found = new Map<number, string>();
  for (const name of files.list(dir)) {
    const file = `${dir}/${name}`;
    const m = YEAR_FILE.exec(name);
    if (m && m[2] === ext) found.set(Number(m[1]), file);
    else if (!name.startsWith('.')) problems.error(file, null, `nama berkas tidak dikenal; diharapkan ${dir}/YYYY.${ext} (tahun putaran, mis. 2024.${ext})`);
  }
  return found;
}
