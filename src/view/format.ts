import type { Kind, Region, Zone } from '../types.ts';

/** Indonesian number and date formats (80,85; 10 Desember 2019), one formatter each, reused. */
const score = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signedScore = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const integer = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' });

export function formatScore(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : score.format(n);
}

/** "+1,75", "−2,10" (true minus sign), "0,00". */
export function formatChange(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : signedScore.format(n).replace('-', '−');
}

export function formatInteger(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : integer.format(n);
}

/** "84%"; a share that is not zero never reads as "0%" (or a partial one as "100%"). */
export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '–';
  const share = part / whole;
  if (share > 0 && share < 0.005) return `<${percent.format(0.01)}`;
  if (share < 1 && share >= 0.995) return `>${percent.format(0.99)}`;
  return percent.format(share);
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? longDate.format(new Date(`${iso}T00:00:00Z`)) : '–';
}

/** "naik 3", "turun 2", "tetap" — rank moves in words, since an arrow alone is not read out. */
export function formatRankChange(n: number | null | undefined): string {
  if (n === null || n === undefined) return '–';
  if (n === 0) return 'tetap';
  return n > 0 ? `naik ${integer.format(n)}` : `turun ${integer.format(-n)}`;
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

export const ZONE_LABEL: Record<Zone, string> = {
  hijau: 'Zona Hijau',
  kuning: 'Zona Kuning',
  merah: 'Zona Merah',
};

/** "Kabupaten Bogor", "Provinsi Lampung"; ministries and agencies carry their full name already. */
export function displayName(r: Pick<Region, 'kind' | 'name'>): string {
  return r.kind === 'kementerian' || r.kind === 'lembaga' ? r.name : `${KIND_LABEL[r.kind]} ${r.name}`;
}
