/**
 * `npm run new-round -- YYYY`: start a round from the settings of the round before it,
 * so staff only fill in scores, a date and a narrative.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Band, Dimension, Predicate } from '../domain/types.ts';
import { formatProblem, Problems } from '../ingest/problems.ts';
import { defaultRound, placeholderNarrative, readRound } from '../ingest/rounds.ts';
import { InputFiles } from '../ingest/read-file.ts';
import { StaffError } from './errors.ts';

export const roundPaths = (year: number) => ({ settings: `content/rounds/${year}.md`, scores: `data/scores/${year}.csv` });

/** The year argument, `YYYY`; anything else is a usage error. */
export function parseYear(arg: string | undefined): number {
  if (arg === undefined || !/^\d{4}$/.test(arg.trim())) {
    throw new StaffError(
      `tahun putaran ${arg === undefined ? 'tidak diberikan' : `"${arg}" tidak sah`}; pakai: npm run new-round -- YYYY (mis. npm run new-round -- 2025)`,
    );
  }
  return Number(arg.trim());
}

/** Years that are rounds: a scores file or a settings file names them. */
function existingRounds(files: InputFiles): number[] {
  const years = new Set<number>();
  for (const [dir, ext] of [
    ['data/scores', 'csv'],
    ['content/rounds', 'md'],
  ] as const) {
    for (const name of files.list(dir)) {
      const m = /^(\d{4})\.(\w+)$/.exec(name);
      if (m && m[2] === ext) years.add(Number(m[1]));
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** The round a new one copies: the latest before it, else the first after it, else none. */
export function templateRoundYear(existing: readonly number[], year: number): number | null {
  const before = existing.filter((y) => y < year);
  if (before.length > 0) return before[before.length - 1]!;
  return existing.find((y) => y > year) ?? null;
}

export interface RoundSettings {
  year: number;
  title: string;
  method: string;
  sample: boolean;
  predicates: Predicate[];
  bands: Band[];
  dimensions: Dimension[];
}

/** Settings of round `year` as the build reads them (defaults when it has no settings file). */
export function readRoundSettings(root: string, year: number): RoundSettings {
  const file = roundPaths(year).settings;
  const problems = new Problems();
  const files = new InputFiles(root, problems);
  if (!files.exists(file)) return defaultRound(year);
  const text = files.read(file); // read as the build reads it: a fault is a message naming the file
  const round = text === null ? defaultRound(year) : readRound(year, text, file, problems);
  if (problems.errors.length > 0) {
    throw new StaffError(`pengaturan putaran ${year} tidak dapat disalin; perbaiki dulu:\n${problems.errors.map(formatProblem).join('\n')}`);
  }
  return round;
}

/** A YAML scalar that reads back as the same string: plain when safe, else double-quoted (JSON is valid YAML). */
function yamlString(s: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .()/_-]*$/u.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) && Number.isNaN(Number(s));
  return plain ? s : JSON.stringify(s);
}

function bandLine(b: Band): string {
  const grade = b.grade === null ? '' : `grade: ${yamlString(b.grade)}, `;
  const zone = b.zone === null ? '' : `zone: ${b.zone}, `;
  return `  - { min: ${b.min}, ${grade}${zone}label: ${yamlString(b.label)} }`;
}

/** The copied round's title for the new year: its year replaced where it names it, else the default title. */
function titleFor(year: number, settings: RoundSettings): string {
  return settings.title.includes(String(settings.year)) ? settings.title.replaceAll(String(settings.year), String(year)) : defaultRound(year).title;
}

/** `content/rounds/YYYY.md` for a new round: copied method, predicates, bands and dimensions, the rest for staff to fill. */
export function roundSettingsFile(year: number, settings: RoundSettings, copiedFrom: number | null): string {
  const source = copiedFrom === null ? 'pengaturan bawaan' : `putaran ${copiedFrom}`;
  const dims =
    settings.dimensions.length > 0
      ? ['dimensions:', ...settings.dimensions.map((d) => `  - { key: ${d.key}, label: ${yamlString(d.label)} }`)]
      : ['# dimensions:', '#   - { key: input, label: Input }'];
  const predicates =
    settings.predicates.length > 0
      ? ['predicates:', ...settings.predicates.map((p) => `  - { key: ${p.key}, label: ${yamlString(p.label)} }`)]
      : ['# predicates:', '#   - { key: tm, label: Tanpa Maladministrasi }'];
  return [
    '---',
    `title: ${yamlString(titleFor(year, settings))}`,
    '# Tanggal hasil diumumkan: isi, lalu hapus tanda # di awal baris.',
    `# published: ${year}-12-10`,
    '# Alamat publikasi resmi (boleh dikosongkan): isi, lalu hapus tanda #.',
    '# source: https://ombudsman.go.id/',
    `# Metode penilaian, disalin dari ${source}. GANTI bila metode putaran ini berubah (mis. opini-2025):`,
    '# nilai dari metode yang berbeda tidak pernah dibandingkan di situs.',
    `method: ${settings.method}`,
    '# Bila hanya sebagian instansi yang dinilai (sampel), tulis true.',
    `sample: ${settings.sample}`,
    `# Predikat yang dapat menyertai kategori (kolom predikat di data/scores/${year}.csv), disalin dari ${source}.`,
    ...predicates,
    `# Kategori nilai, disalin dari ${source}. Urut dari tertinggi; yang terakhir harus min: 0.`,
    '# zone (hijau, kuning, merah) di semua band, atau di tidak satu pun (putaran tanpa zona).',
    'bands:',
    ...settings.bands.map(bandLine),
    `# Sub-nilai: kolom tambahan di data/scores/${year}.csv, disalin dari ${source}.`,
    ...dims,
    '# Teks di bawah garis --- tampil di halaman peringkat: ganti dengan ringkasan hasil putaran ini.',
    '---',
    '',
    placeholderNarrative(year),
    '',
  ].join('\n');
}

/** Header of an empty `data/scores/YYYY.csv`: required columns, the name, then each dimension. */
export function scoresHeader(dimensions: readonly Dimension[], predicates: readonly Predicate[] = []): string {
  return `${['code', 'name', 'score', ...(predicates.length > 0 ? ['predikat'] : []), ...dimensions.map((d) => d.key)].join(',')}\n`;
}

export interface NewRound {
  year: number;
  copiedFrom: number | null;
  /** Created files, relative to the root. */
  files: string[];
  header: string;
}

/** Create both files of round `year` under root; refuses, creating nothing, when either exists. */
export function scaffoldRound(root: string, year: number): NewRound {
  const paths = roundPaths(year);
  const taken = [paths.settings, paths.scores].filter((p) => existsSync(join(root, p)));
  if (taken.length > 0) {
    throw new StaffError(`putaran ${year} sudah ada: ${taken.join(' dan ')} tidak ditimpa. Untuk mengubahnya, sunting berkas itu langsung.`);
  }
  const problems = new Problems();
  const copiedFrom = templateRoundYear(existingRounds(new InputFiles(root, problems)), year);
  if (problems.errors.length > 0) {
    throw new StaffError(`putaran yang ada tidak dapat dibaca; perbaiki dulu:\n${problems.errors.map(formatProblem).join('\n')}`);
  }
  const settings = copiedFrom === null ? defaultRound(year) : readRoundSettings(root, copiedFrom);
  const header = scoresHeader(settings.dimensions, settings.predicates);
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text, { flag: 'wx' }); // `wx`: never replace a file that appeared meanwhile
  };
  write(paths.settings, roundSettingsFile(year, settings, copiedFrom));
  write(paths.scores, header);
  return { year, copiedFrom, files: [paths.settings, paths.scores], header: header.trimEnd() };
}
