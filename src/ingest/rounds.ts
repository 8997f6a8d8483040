import { DEFAULT_METHOD, ZONES, type Band, type Dimension, type Predicate, type Round, type Zone } from '../domain/types.ts';
import { DEFAULT_BANDS } from '../domain/bands.ts';
import { isCalendarDate } from './corrections.ts';
import { isoDate, lineOfKey, optionalString, readFrontMatter, renderMarkdown, reportExternalImages, writtenScalar } from './markdown.ts';
import type { Problems } from './problems.ts';

const KEY = /^[a-z0-9_]+$/;
const SETTINGS = ['title', 'published', 'source', 'method', 'sample', 'predicates', 'bands', 'dimensions'];
const METHOD = /^[a-z0-9-]+$/;
/** Columns of a scores file that are not sub-scores. */
export const RESERVED_COLUMNS = ['code', 'name', 'score', 'predikat'];

/** Settings of a round that has no `content/rounds/YYYY.md`. */
export function defaultRound(year: number): Round {
  return {
    year,
    title: `Penilaian Kepatuhan Standar Pelayanan Publik ${year}`,
    published: null,
    source: null,
    method: DEFAULT_METHOD,
    sample: false,
    predicates: [],
    bands: DEFAULT_BANDS,
    dimensions: [],
    html: '',
  };
}

/** Today's date (UTC, YYYY-MM-DD): a round announced after it is probably a typo. */
export const today = (): string => new Date().toISOString().slice(0, 10);

export const missingPublished = (year: number): string =>
  `putaran ${year} belum punya tanggal published (tanggal hasil diumumkan); isi published: YYYY-MM-DD di content/rounds/${year}.md`;

/** The narrative `npm run new-round` writes, for staff to replace: still there, it is reported. */
export const placeholderNarrative = (year: number): string => `Ganti teks ini dengan ringkasan hasil putaran ${year}.`;

/** Read `content/rounds/YYYY.md`: front matter settings and the round's narrative. */
export function readRound(year: number, text: string, file: string, problems: Problems): Round {
  const round = defaultRound(year);
  const fm = readFrontMatter(text, file, problems);
  if (!fm) return round;
  const { data } = fm;
  // A misspelt key (`band:`) would otherwise silently give the round the default bands.
  for (const key of Object.keys(data).filter((k) => !SETTINGS.includes(k))) {
    problems.warn(file, lineOfKey(text, key), `kunci "${key}" tidak dikenal dan diabaikan; kunci yang dikenal: ${SETTINGS.join(', ')}`);
  }
  round.title = optionalString(data.title) ?? round.title;
  if (data.published !== undefined) {
    // YAML turns 2019-02-30 into 2 March without complaint: check the date as written.
    const written = writtenScalar(text, 'published') ?? isoDate(data.published) ?? String(data.published);
    round.published = isCalendarDate(written) ? written : null;
    if (!round.published)
      problems.error(
        file,
        lineOfKey(text, 'published'),
        `tanggal "${written}" tidak sah; diharapkan tanggal yang ada di kalender, YYYY-MM-DD (mis. ${year}-12-10)`,
      );
    else if (round.published > today())
      problems.warn(
        file,
        lineOfKey(text, 'published'),
        `tanggal published ${round.published} belum tiba; periksa tahunnya (tanggal hasil diumumkan, mis. ${year}-12-10)`,
      );
  } else problems.warn(file, null, missingPublished(year));
  round.source = optionalString(data.source);
  if (round.source && !/^https?:\/\/\S+$/.test(round.source)) {
    problems.error(file, lineOfKey(text, 'source'), `source "${round.source}" bukan alamat web; diharapkan https://…`);
    round.source = null;
  }
  if (data.method !== undefined) {
    const method = String(data.method ?? '').trim();
    if (METHOD.test(method)) round.method = method;
    else problems.error(file, lineOfKey(text, 'method'), `method "${method}" tidak sah; diharapkan huruf kecil, angka atau - (mis. opini-2025)`);
  }
  if (data.sample !== undefined) {
    if (typeof data.sample === 'boolean') round.sample = data.sample;
    else problems.error(file, lineOfKey(text, 'sample'), `sample "${String(data.sample)}" tidak sah; diharapkan true (hanya sampel yang dinilai) atau false`);
  }
  if (data.predicates !== undefined) round.predicates = readPredicates(data.predicates, text, file, problems);
  if (data.bands !== undefined) round.bands = readBands(data.bands, text, file, problems) ?? DEFAULT_BANDS;
  if (data.dimensions !== undefined) round.dimensions = readDimensions(data.dimensions, text, file, problems);
  reportExternalImages(fm, file, problems);
  if (fm.body.includes(placeholderNarrative(year))) {
    const line = fm.bodyLine + fm.body.slice(0, fm.body.indexOf(placeholderNarrative(year))).split('\n').length - 1;
    problems.warn(file, line, 'ringkasan putaran masih teks bawaan npm run new-round; ganti dengan ringkasan hasil putaran ini');
  }
  round.html = renderMarkdown(fm.body);
  return round;
}

function readBands(value: unknown, text: string, file: string, problems: Problems): Band[] | null {
  const at = lineOfKey(text, 'bands');
  if (!Array.isArray(value) || value.length === 0) {
    problems.error(file, at, 'bands harus berupa daftar, mis. - { min: 81, zone: hijau, label: Kepatuhan Tinggi }');
    return null;
  }
  const errorsBefore = problems.errors.length;
  const bands: Band[] = value.map((item: unknown, i: number) => {
    const line = lineOfKey(text, 'min', i) ?? at;
    const b = (item ?? {}) as Record<string, unknown>;
    const min = typeof b.min === 'number' ? b.min : Number.NaN;
    if (!Number.isFinite(min) || min < 0 || min > 100) problems.error(file, line, `band ${i + 1}: min "${String(b.min)}" tidak sah; diharapkan angka 0–100`);
    const zone = b.zone === undefined || b.zone === null ? '' : String(b.zone).trim().toLowerCase();
    if (zone !== '' && !(ZONES as readonly string[]).includes(zone))
      problems.error(
        file,
        line,
        `band ${i + 1}: zona "${String(b.zone)}" tidak dikenal; diharapkan salah satu dari ${ZONES.join(', ')}, atau tanpa zone di semua band`,
      );
    const label = optionalString(b.label);
    if (!label) problems.error(file, line, `band ${i + 1}: label kosong; diharapkan nama band (mis. Kepatuhan Tinggi)`);
    return { min, zone: zone === '' ? null : (zone as Zone), label: label ?? '', grade: optionalString(b.grade) };
  });
  // A round has zones or it has none (the 2025 opinions): a band without one would be shown as no zone beside zoned ones.
  const zoned = bands.filter((b) => b.zone !== null).length;
  if (zoned > 0 && zoned < bands.length) {
    bands.forEach((b, i) => {
      if (b.zone === null)
        problems.error(
          file,
          lineOfKey(text, 'min', i) ?? at,
          `band ${i + 1}: zona kosong, padahal band lain punya zona; diharapkan zone (${ZONES.join(', ')}) di setiap band, atau di tidak satu pun`,
        );
    });
  }
  const labels = new Map<string, number>();
  bands.forEach((b, i) => {
    const same = labels.get(b.label.toLowerCase());
    if (b.label && same !== undefined)
      problems.error(
        file,
        lineOfKey(text, 'min', i) ?? at,
        `band ${i + 1}: label "${b.label}" sudah dipakai band ${same + 1}; setiap band perlu label sendiri`,
      );
    else labels.set(b.label.toLowerCase(), i);
  });
  bands.forEach((b, i) => {
    const prev = bands[i - 1];
    if (prev && !(b.min < prev.min)) {
      problems.error(
        file,
        lineOfKey(text, 'min', i) ?? at,
        `band ${i + 1}: min ${b.min} tidak lebih kecil dari band sebelumnya (${prev.min}); bands harus urut dari tertinggi ke terendah`,
      );
    }
  });
  const last = bands[bands.length - 1]!;
  if (Number.isFinite(last.min) && last.min !== 0) {
    problems.error(file, lineOfKey(text, 'min', bands.length - 1) ?? at, `band terakhir harus min: 0 agar setiap nilai mendapat band; ditemukan ${last.min}`);
  }
  return problems.errors.length === errorsBefore ? bands : null;
}

function readPredicates(value: unknown, text: string, file: string, problems: Problems): Predicate[] {
  const at = lineOfKey(text, 'predicates');
  if (!Array.isArray(value)) {
    problems.error(file, at, 'predicates harus berupa daftar, mis. - { key: tm, label: Tanpa Maladministrasi }');
    return [];
  }
  const predicates: Predicate[] = [];
  value.forEach((item: unknown, i: number) => {
    const p = (item ?? {}) as Record<string, unknown>;
    const key = String(p.key ?? '')
      .trim()
      .toLowerCase();
    const line = itemLine(text, 'predicates', 'key', i) ?? at;
    const label = optionalString(p.label);
    if (!KEY.test(key)) problems.error(file, line, `predikat ${i + 1}: key "${String(p.key ?? '')}" tidak sah; diharapkan huruf kecil, angka atau _ (mis. tm)`);
    else if (predicates.some((x) => x.key === key))
      problems.error(file, line, `predikat ${i + 1}: key "${key}" sudah dipakai predikat lain; setiap key hanya boleh sekali`);
    else if (!label) problems.error(file, line, `predikat ${i + 1}: label kosong; diharapkan teks predikat (mis. Tanpa Maladministrasi)`);
    else predicates.push({ key, label });
  });
  return predicates;
}

function readDimensions(value: unknown, text: string, file: string, problems: Problems): Dimension[] {
  const at = lineOfKey(text, 'dimensions');
  if (!Array.isArray(value)) {
    problems.error(file, at, 'dimensions harus berupa daftar, mis. - { key: input, label: Input }');
    return [];
  }
  const dims: Dimension[] = [];
  value.forEach((item: unknown, i: number) => {
    const d = (item ?? {}) as Record<string, unknown>;
    const key = String(d.key ?? '')
      .trim()
      .toLowerCase();
    const line = itemLine(text, 'dimensions', 'key', i) ?? at;
    if (!KEY.test(key) || RESERVED_COLUMNS.includes(key)) {
      problems.error(
        file,
        line,
        `dimensi ${i + 1}: key "${String(d.key ?? '')}" tidak sah; diharapkan huruf kecil, angka atau _ (bukan ${RESERVED_COLUMNS.join(', ')})`,
      );
    } else if (dims.some((x) => x.key === key)) {
      problems.error(file, line, `dimensi ${i + 1}: key "${key}" sudah dipakai dimensi lain; setiap key hanya boleh sekali`);
    } else {
      dims.push({ key, label: optionalString(d.label) ?? key });
    }
  });
  return dims;
}

/** Line of `key` in the i-th item of the list `list:`; other lists before it may use the same key. */
function itemLine(text: string, list: string, key: string, i: number): number | null {
  const start = lineOfKey(text, list);
  if (start === null) return null;
  let before = 0;
  for (let line = lineOfKey(text, key); line !== null && line < start; line = lineOfKey(text, key, ++before));
  return lineOfKey(text, key, before + i);
}
