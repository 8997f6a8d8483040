import { ZONES, type Band, type Dimension, type Round, type Zone } from '../types.ts';
import { DEFAULT_BANDS } from '../model/bands.ts';
import { isCalendarDate } from './corrections.ts';
import { isoDate, lineOfKey, optionalString, readFrontMatter, renderMarkdown, reportExternalImages, writtenScalar } from './markdown.ts';
import type { Problems } from './problems.ts';

const KEY = /^[a-z0-9_]+$/;
const SETTINGS = ['title', 'published', 'source', 'bands', 'dimensions'];

/** Settings of a round that has no `content/rounds/YYYY.md`. */
export function defaultRound(year: number): Round {
  return {
    year,
    title: `Penilaian Kepatuhan Standar Pelayanan Publik ${year}`,
    published: null,
    source: null,
    bands: DEFAULT_BANDS,
    dimensions: [],
    html: '',
  };
}

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
    if (!round.published) problems.error(file, lineOfKey(text, 'published'), `tanggal "${written}" tidak sah; diharapkan tanggal yang ada di kalender, YYYY-MM-DD (mis. ${year}-12-10)`);
  }
  round.source = optionalString(data.source);
  if (round.source && !/^https?:\/\/\S+$/.test(round.source)) {
    problems.error(file, lineOfKey(text, 'source'), `source "${round.source}" bukan alamat web; diharapkan https://…`);
    round.source = null;
  }
  if (data.bands !== undefined) round.bands = readBands(data.bands, text, file, problems) ?? DEFAULT_BANDS;
  if (data.dimensions !== undefined) round.dimensions = readDimensions(data.dimensions, text, file, problems);
  reportExternalImages(fm, file, problems);
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
    const zone = String(b.zone ?? '').trim().toLowerCase();
    if (zone === '') problems.error(file, line, `band ${i + 1}: zona kosong; diharapkan salah satu dari ${ZONES.join(', ')}`);
    else if (!(ZONES as readonly string[]).includes(zone)) problems.error(file, line, `band ${i + 1}: zona "${String(b.zone)}" tidak dikenal; diharapkan salah satu dari ${ZONES.join(', ')}`);
    const label = optionalString(b.label);
    if (!label) problems.error(file, line, `band ${i + 1}: label kosong; diharapkan nama band (mis. Kepatuhan Tinggi)`);
    return { min, zone: zone as Zone, label: label ?? '', grade: optionalString(b.grade) };
  });
  bands.forEach((b, i) => {
    const prev = bands[i - 1];
    if (prev && !(b.min < prev.min)) {
      problems.error(file, lineOfKey(text, 'min', i) ?? at, `band ${i + 1}: min ${b.min} tidak lebih kecil dari band sebelumnya (${prev.min}); bands harus urut dari tertinggi ke terendah`);
    }
  });
  const last = bands[bands.length - 1]!;
  if (Number.isFinite(last.min) && last.min !== 0) {
    problems.error(file, lineOfKey(text, 'min', bands.length - 1) ?? at, `band terakhir harus min: 0 agar setiap nilai mendapat band; ditemukan ${last.min}`);
  }
  return problems.errors.length === errorsBefore ? bands : null;
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
    const key = String(d.key ?? '').trim().toLowerCase();
    const line = lineOfKey(text, 'key', i) ?? at;
    if (!KEY.test(key) || key === 'code' || key === 'name' || key === 'score') {
      problems.error(file, line, `dimensi ${i + 1}: key "${String(d.key ?? '')}" tidak sah; diharapkan huruf kecil, angka atau _ (bukan code, name, score)`);
    } else if (dims.some((x) => x.key === key)) {
      problems.error(file, line, `dimensi ${i + 1}: key "${key}" sudah dipakai dimensi lain; setiap key hanya boleh sekali`);
    } else {
      dims.push({ key, label: optionalString(d.label) ?? key });
    }
  });
  return dims;
}
