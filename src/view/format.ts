import type { Kind, Region, Zone } from '../domain/types.ts';

/** Indonesian number and date formats (80,85; 10 Desember 2019), one formatter each, reused. */
const score = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signedScore = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const integer = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * Remembers what it formatted: Intl takes microseconds per call, a site shows the same few
 * thousand scores, ranks and dates on hundreds of thousands of pages, and the values are
 * bounded (scores by their two decimals, ranks by the number of regions).
 */
function remembered<T>(format: (value: T) => string): (value: T | null | undefined) => string {
  const seen = new Map<T, string>();
  return (value) => {
    if (value === null || value === undefined) return '–';
    let text = seen.get(value);
    // A Map holds -0 and 0 as one key: format both as 0, whichever comes first ("0,00", never "-0,00").
    if (text === undefined) seen.set(value, (text = format(Object.is(value, -0) ? (0 as T) : value)));
    return text;
  };
}

/** Slots of rememberedNumber's table: a power of two above the hundredths of a score's range. */
const SLOTS = 1 << 14;

/**
 * remembered, for numbers, with a table in front of the Map: each slot keeps the last number
 * seen there (by its hundredths) and its text. A Map hashes a number on every lookup, and the
 * formatters are called millions of times in a national build (docs/performance.md, "Issue 21, stop 31").
 * The table only ever answers for the very number it holds, so the texts are remembered's.
 */
function rememberedNumber(format: (value: number) => string): (value: number | null | undefined) => string {
  const slow = remembered(format);
  // Made on first use: the browser's charts format a few numbers with the same module.
  let numbers: Float64Array | undefined;
  let texts: string[] = [];
  return (value) => {
    if (value === null || value === undefined) return slow(value); // remembered's mark for no number
    if (!numbers) {
      numbers = new Float64Array(SLOTS).fill(NaN); // NaN equals nothing: an empty slot
      texts = new Array<string>(SLOTS).fill(''); // packed, not a sparse array
    }
    const slot = (value * 100) & (SLOTS - 1);
    if (numbers[slot] === value) return texts[slot]!; // -0 finds 0's text, as in the Map
    const text = slow(value);
    numbers[slot] = value;
    texts[slot] = text;
    return text;
  };
}

export const formatScore = rememberedNumber((n: number) => score.format(n));

/** "+1,75", "−2,10" (true minus sign), "0,00". */
export const formatChange = rememberedNumber((n: number) => signedScore.format(n).replace('-', '−'));

export const formatInteger = rememberedNumber((n: number) => integer.format(n));

/** "84%"; a share that is not zero never reads as "0%" (or a partial one as "100%"). */
export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '–';
  const share = part / whole;
  if (share > 0 && share < 0.005) return `<${percent.format(0.01)}`;
  if (share < 1 && share >= 0.995) return `>${percent.format(0.99)}`;
  return percent.format(share);
}

const formatIsoDate = remembered((iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`)));

export function formatDate(iso: string | null | undefined): string {
  return iso ? formatIsoDate(iso) : '–';
}

/** "naik 3", "turun 2", "tetap" — rank moves in words, since an arrow alone is not read out. */
export function formatRankChange(n: number | null | undefined): string {
  if (n === null || n === undefined) return '–';
  if (n === 0) return 'tetap';
  return n > 0 ? `naik ${formatInteger(n)}` : `turun ${formatInteger(-n)}`;
}

export const KIND_LABEL: Record<Kind, string> = {
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  kementerian: 'Kementerian',
  lembaga: 'Lembaga',
};

/** Plural section headings. */
export const KIND_HEADING: Record<Kind, string> = {
  provinsi: 'Pemerintah Provinsi',
  kabupaten: 'Pemerintah Kabupaten',
  kota: 'Pemerintah Kota',
  kementerian: 'Kementerian',
  lembaga: 'Lembaga',
};

/** A zone's name where the column already says "Zona" (a kind's ranking). */
export const ZONE_NAME: Record<Zone, string> = { hijau: 'Hijau', kuning: 'Kuning', merah: 'Merah' };

export const ZONE_LABEL: Record<Zone, string> = {
  hijau: `Zona ${ZONE_NAME.hijau}`,
  kuning: `Zona ${ZONE_NAME.kuning}`,
  merah: `Zona ${ZONE_NAME.merah}`,
};

/** "Kabupaten Bogor", "Provinsi Lampung"; ministries and agencies carry their full name already. */
export function displayName(r: Pick<Region, 'kind' | 'name'>): string {
  return r.kind === 'kementerian' || r.kind === 'lembaga' ? r.name : [KIND_LABEL[r.kind], r.name].join(' '); // joined, flat: see urls.ts
}
