/**
 * What each chart shows, computed from the page data: the numbers the browser draws (`data`,
 * published as a JSON data block and read by src/client/), the caption, a text summary and the
 * rows of the table that repeats the same numbers for readers without the chart.
 * Plain TypeScript: no DOM, no Eleventy.
 */
import type { Kind, Zone } from '../domain/types.ts';
import { median, type ZoneCounts } from '../model/aggregates.ts';
import { groupBy } from '../model/rank.ts';
import { countCategories, countsPhrase, type Category, type CategoryCounts, type Tone } from './categories.ts';
import { formatInteger, formatPercent, formatScore, KIND_LABEL, ZONE_LABEL } from './format.ts';
import type { HomePage, RegionPage, RoundPage, Row } from './pages.ts';

export type ZoneNames = Record<Zone, string>;

/** A category as a chart draws it: its label in the legend, its tone for colour and pattern. */
export interface Series {
  label: string;
  tone: Tone;
}

/**
 * A region's score over its rounds, each round's bands behind it, and the national median of
 * its kind. A change of method breaks both lines: `segment` numbers the runs of one method.
 */
export interface HistoryData {
  type: 'history';
  labels: string[];
  score: number[];
  tone: Tone[];
  /** What each point's mark means: "Zona Hijau", "Opini: Kualitas Tinggi". */
  headline: string[];
  median: (number | null)[];
  segment: number[];
  /** Per round, highest band first; each band reaches up to the floor of the one above (or 100). */
  bands: { min: number; tone: Tone; label: string }[][];
  names: { score: string; median: string; axis: string; methodChange: string };
}

/** How many of one kind scored in each 5-point range, split by zone (or band). */
export interface DistributionData {
  type: 'distribution';
  /** The start of each range, e.g. "50" for 50,00–54,99. */
  labels: string[];
  /** Full range per bin, for tooltips. */
  ranges: string[];
  /** Best first, each with its count per range. */
  series: (Series & { counts: number[] })[];
  names: { x: string; y: string };
}

/** How many were in each zone, per round; drawn as shares since the number assessed varies. */
export interface ZonesData {
  type: 'zones';
  labels: string[];
  counts: Record<Zone, number[]>;
  totals: number[];
  names: { y: string; zones: ZoneNames };
}

/** Regions side by side in one round, best first, with a reference value (e.g. their average). */
export interface CompareData {
  type: 'compare';
  labels: string[];
  score: number[];
  tone: Tone[];
  /** The round's categories, best first: a legend entry each. */
  series: Series[];
  reference: { value: number; label: string } | null;
  names: { x: string };
}

export type ChartData = HistoryData | DistributionData | ZonesData | CompareData;

/** Everything a chart partial renders: figure id, caption, summary, the drawn data and the table rows. */
export interface Figure<D extends ChartData, R> {
  id: string;
  caption: string;
  summary: string;
  data: D;
  rows: R[];
}

export interface HistoryPoint {
  year: number;
  url: string;
  score: number;
  zone: Zone | null;
  band: string;
  grade: string | null;
  predicate: string | null;
  opinion: string;
  tone: Tone;
  headline: string;
  /** The first of the region's results with a new method: nothing before it compares. */
  methodBreak: boolean;
  median: number | null;
  /** Lowest scores of the round's green and yellow zones, so the table carries the band lines too. */
  hijauFrom: number | null;
  kuningFrom: number | null;
}

export interface BinRow {
  from: number;
  to: number;
  counts: CategoryCounts;
}

export interface ZonesRow {
  year: number;
  url: string;
  counts: ZoneCounts;
}

export type HistoryFigure = Figure<HistoryData, HistoryPoint>;
export type DistributionFigure = Figure<DistributionData, BinRow>;
export type ZonesFigure = Figure<ZonesData, ZonesRow>;
export type CompareFigure = Figure<CompareData, Row>;

/** Bands as RoundPage carries them: highest first, with the highest score each admits. */
export type RoundBands = RoundPage['bands'];

const BIN_WIDTH = 5;

/** The lowest score that still reaches each zone (null when the round has no band of that zone). */
export function zoneFloors(bands: readonly { min: number; zone: Zone | null }[]): Record<Zone, number | null> {
  const floors: Record<Zone, number | null> = { hijau: null, kuning: null, merah: null };
  for (const b of bands) if (b.zone) floors[b.zone] = floors[b.zone] === null ? b.min : Math.min(floors[b.zone]!, b.min);
  return floors;
}

/** Rounds (after the first) whose zone lines differ from the round before: shares across them are not like for like. */
export function zoneLineChanges(rounds: readonly { year: number; bands: readonly { min: number; zone: Zone | null }[] }[]): number[] {
  const key = (bands: readonly { min: number; zone: Zone | null }[]) => JSON.stringify(zoneFloors(bands));
  return rounds.filter((r, i) => i > 0 && key(r.bands) !== key(rounds[i - 1]!.bands)).map((r) => r.year);
}

/** "Zona Merah 2015; Zona Kuning 2016–2019; Zona Hijau 2021" — runs of equal zones (or opinions), in order. */
export function zoneRuns(points: readonly { year: number; headline: string }[]): string {
  const runs: { headline: string; from: number; to: number }[] = [];
  for (const p of points) {
    const last = runs[runs.length - 1];
    if (last && last.headline === p.headline) last.to = p.year;
    else runs.push({ headline: p.headline, from: p.year, to: p.year });
  }
  return runs.map((r) => `${r.headline} ${r.from === r.to ? r.from : `${r.from}–${r.to}`}`).join('; ');
}

function direction(from: number, to: number): string {
  return to > from ? 'naik' : to < from ? 'turun' : 'tetap';
}

/** Highest and lowest by score; the earliest wins a tie, so the sentence is stable. */
function extremes<T extends { score: number }>(items: readonly T[]): { best: T; worst: T } {
  let best = items[0]!;
  let worst = items[0]!;
  for (const item of items) {
    if (item.score > best.score) best = item;
    if (item.score < worst.score) worst = item;
  }
  return { best, worst };
}

// ---------------------------------------------------------------- region: score over rounds

export function historyFigure(page: RegionPage, bandsByYear: ReadonlyMap<number, RoundBands>): HistoryFigure | null {
  const history = [...page.history].reverse(); // oldest first, as the axis runs
  if (history.length < 2) return null;
  const kind = KIND_LABEL[page.kind].toLowerCase();
  const rows: HistoryPoint[] = history.map((h) => {
    const floors = zoneFloors(bandsByYear.get(h.year) ?? []);
    return {
      year: h.year,
      url: h.roundUrl,
      score: h.score,
      zone: h.zone,
      band: h.band,
      grade: h.grade,
      predicate: h.predicate,
      opinion: h.opinion,
      tone: h.tone,
      headline: h.headline,
      methodBreak: h.methodBreak,
      median: h.kindMedian,
      hijauFrom: floors.hijau,
      kuningFrom: floors.kuning,
    };
  });
  let segment = 0;
  const segments = rows.map((r, i) => (i > 0 && r.methodBreak ? ++segment : segment));
  const breaks = rows.filter((r, i) => i > 0 && r.methodBreak).map((r) => r.year);
  // Scores of different methods are never compared: the sentences describe the latest method's rounds.
  const current = rows.filter((_, i) => segments[i] === segment);
  const first = current[0]!;
  const last = current[current.length - 1]!;
  const { best, worst } = extremes(current);
  const sentences = [`${page.name} dinilai ${formatInteger(rows.length)} kali, ${rows[0]!.year}–${last.year}.`];
  if (breaks.length > 0) {
    sentences.push(`Metode penilaian berubah pada ${breaks.join(' dan ')}: nilai sebelum dan sesudahnya tidak sebanding, karena itu garisnya terputus.`);
  }
  if (current.length > 1) {
    sentences.push(
      `${breaks.length > 0 ? `Sejak ${first.year}, nilainya` : 'Nilainya'} ${direction(first.score, last.score)} dari ${formatScore(first.score)} (${first.year}) menjadi ${formatScore(last.score)} (${last.year}); tertinggi ${formatScore(best.score)} (${best.year}), terendah ${formatScore(worst.score)} (${worst.year}).`,
    );
  } else {
    sentences.push(`Nilainya pada ${last.year}: ${formatScore(last.score)}.`);
  }
  if (last.median !== null) {
    const gap = Math.round((last.score - last.median) * 100) / 100;
    const where = gap > 0 ? `${formatScore(gap)} poin di atas` : gap < 0 ? `${formatScore(-gap)} poin di bawah` : 'sama dengan';
    sentences.push(`Pada ${last.year} nilainya ${where} median nasional ${kind} (${formatScore(last.median)}).`);
  }
  sentences.push(`${zoneRuns(rows)}.`);
  return {
    id: 'grafik-riwayat',
    caption: `Nilai ${page.name} per putaran, dengan kategori nilai tiap putaran dan median nasional ${kind}`,
    summary: sentences.join(' '),
    rows,
    data: {
      type: 'history',
      labels: rows.map((r) => String(r.year)),
      score: rows.map((r) => r.score),
      tone: rows.map((r) => r.tone),
      headline: rows.map((r) => r.headline),
      median: rows.map((r) => r.median),
      segment: segments,
      bands: rows.map((r) => (bandsByYear.get(r.year) ?? []).map((b) => ({ min: b.min, tone: b.tone, label: b.zone ? ZONE_LABEL[b.zone] : b.label }))),
      names: { score: `Nilai ${page.name}`, median: `Median nasional ${kind}`, axis: 'Nilai (0–100)', methodChange: 'metode berubah' },
    },
  };
}

// ---------------------------------------------------------------- ranking: distribution by zone per kind

/** The 5-point ranges from `low` to 100; 100 itself falls in the last range. */
export function bins(low: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let from = low; from < 100; from += BIN_WIDTH) out.push({ from, to: from + BIN_WIDTH >= 100 ? 100 : from + BIN_WIDTH - 0.01 });
  return out;
}

export function binIndex(score: number, low: number): number {
  return Math.min(Math.floor((score - low) / BIN_WIDTH), Math.ceil((100 - low) / BIN_WIDTH) - 1);
}

/** One figure per kind in the round; all share the round's range so their shapes compare. */
export function distributionFigures(round: RoundPage): Record<string, DistributionFigure> {
  const all = round.sections.flatMap((s) => s.rows);
  const out: Record<string, DistributionFigure> = {};
  if (all.length === 0) return out;
  const low = Math.min(100 - BIN_WIDTH, Math.floor(Math.min(...all.map((r) => r.score)) / BIN_WIDTH) * BIN_WIDTH);
  const ranges = bins(low);
  const by = round.zones ? 'zona' : 'kategori';
  for (const section of round.sections) {
    const perBin = ranges.map(() => [] as Row[]);
    for (const r of section.rows) perBin[binIndex(r.score, low)]!.push(r);
    const rows: BinRow[] = ranges.map((range, i) => ({ ...range, counts: countCategories(perBin[i]!, round.categories) }));
    out[section.kind] = {
      id: `grafik-sebaran-${section.kind}`,
      caption: `Sebaran nilai ${section.heading} ${round.year} per rentang 5 poin, menurut ${by}`,
      summary: distributionSummary(section.kind, section.rows, round.categories, section.counts, rows, round.year),
      rows,
      data: {
        type: 'distribution',
        labels: ranges.map((r) => String(r.from)),
        ranges: ranges.map((r) => `${formatScore(r.from)}–${formatScore(r.to)}`),
        series: round.categories.map((c, i) => ({ label: c.label, tone: c.tone, counts: rows.map((r) => r.counts.counts[i]!) })),
        names: { x: 'Nilai (awal rentang 5 poin)', y: `Jumlah ${KIND_LABEL[section.kind].toLowerCase()}` },
      },
    };
  }
  return out;
}

function distributionSummary(
  kind: Kind,
  rows: readonly Row[],
  categories: readonly Category[],
  counts: CategoryCounts,
  bins: readonly BinRow[],
  year: number,
): string {
  const noun = KIND_LABEL[kind].toLowerCase();
  const { best, worst } = extremes(rows);
  const fullest = bins.reduce((a, b) => (b.counts.total > a.counts.total ? b : a));
  const zones = categories.map((c, i) => `${formatInteger(counts.counts[i]!)} (${formatPercent(counts.counts[i]!, counts.total)}) di ${c.label}`).join(', ');
  return [
    `Dari ${formatInteger(counts.total)} ${noun} yang dinilai pada ${year}: ${zones}.`,
    `Median ${formatScore(median(rows.map((r) => r.score)))}; terendah ${formatScore(worst.score)}, tertinggi ${formatScore(best.score)}.`,
    `Rentang dengan ${noun} terbanyak: ${formatScore(fullest.from)}–${formatScore(fullest.to)} (${formatInteger(fullest.counts.total)}).`,
  ].join(' ');
}

// ---------------------------------------------------------------- zones per round (home, province)

export interface ZonesInput {
  id: string;
  caption: string;
  /** Plural noun for what is counted: "instansi", "kabupaten/kota". */
  noun: string;
  points: readonly ZonesRow[];
  /** Years whose zone lines differ from the round before. */
  lineChanges: readonly number[];
  /** Rounds without zones, left out: their bands are not on the zones' scale. */
  withoutZones: readonly number[];
}

export function zonesFigure({ id, caption, noun, points, lineChanges, withoutZones }: ZonesInput): ZonesFigure | null {
  const rows = points.filter((p) => p.counts.total > 0);
  if (rows.length === 0) return null;
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const share = (p: ZonesRow, z: Zone) => formatPercent(p.counts[z], p.counts.total);
  const sentences = [
    rows.length > 1
      ? `Pada ${first.year}, ${share(first, 'hijau')} dari ${formatInteger(first.counts.total)} ${noun} yang dinilai berada di Zona Hijau dan ${share(first, 'merah')} di Zona Merah; pada ${last.year}, ${share(last, 'hijau')} dari ${formatInteger(last.counts.total)} di Zona Hijau dan ${share(last, 'merah')} di Zona Merah.`
      : `Pada ${last.year}, ${share(last, 'hijau')} dari ${formatInteger(last.counts.total)} ${noun} yang dinilai berada di Zona Hijau, ${share(last, 'kuning')} di Zona Kuning dan ${share(last, 'merah')} di Zona Merah.`,
  ];
  if (rows.length > 1 && new Set(rows.map((r) => r.counts.total)).size > 1) {
    sentences.push(`Jumlah ${noun} yang dinilai berbeda antarputaran, karena itu grafik memakai persentase.`);
  }
  const changes = lineChanges.filter((y) => rows.some((r) => r.year === y) && y !== first.year);
  if (changes.length) sentences.push(`Batas zona berubah pada ${changes.join(', ')}; persentase sebelum dan sesudahnya tidak sepenuhnya sebanding.`);
  if (withoutZones.length)
    sentences.push(
      `Putaran ${withoutZones.join(', ')} tidak memakai zona (metode penilaian lain) dan tidak termasuk di sini; sebarannya per kategori ada di halaman putarannya.`,
    );
  return {
    id,
    caption,
    summary: sentences.join(' '),
    rows,
    data: {
      type: 'zones',
      labels: rows.map((r) => String(r.year)),
      counts: { hijau: rows.map((r) => r.counts.hijau), kuning: rows.map((r) => r.counts.kuning), merah: rows.map((r) => r.counts.merah) },
      totals: rows.map((r) => r.counts.total),
      names: { y: `Persen ${noun} yang dinilai`, zones: ZONE_LABEL },
    },
  };
}

// ---------------------------------------------------------------- regions compared in one round

export interface CompareInput {
  id: string;
  caption: string;
  /** Where they are: "di Provinsi Lampung". */
  place: string;
  year: number;
  /** Best first. */
  rows: readonly Row[];
  reference: { value: number; label: string } | null;
  /** The round's categories, best first. */
  categories: readonly Category[];
}

/** "Kab. Lampung Selatan", "Kota Metro": the usual short form, so axis labels fit a phone. */
export function shortLabel(row: Pick<Row, 'kind' | 'name' | 'label'>): string {
  return row.kind === 'kabupaten' ? `Kab. ${row.name}` : row.label;
}

export function compareFigure({ id, caption, place, year, rows, reference, categories }: CompareInput): CompareFigure | null {
  if (rows.length === 0) return null;
  const { best, worst } = extremes(rows);
  const kinds = groupBy(rows, (r) => r.kind);
  const members = [...kinds].map(([k, list]) => `${formatInteger(list.length)} ${KIND_LABEL[k].toLowerCase()}`).join(' dan ');
  const sentences = [
    `${place.charAt(0).toUpperCase()}${place.slice(1)}, ${members} dinilai pada ${year}.`,
    reference ? `${reference.label}: ${formatScore(reference.value)}.` : '',
    rows.length > 1 ? `Tertinggi ${best.label} (${formatScore(best.score)}), terendah ${worst.label} (${formatScore(worst.score)}).` : '',
    `${countsPhrase(categories, countCategories(rows, categories), formatInteger)}.`,
  ];
  return {
    id,
    caption,
    summary: sentences.filter(Boolean).join(' '),
    rows: [...rows],
    data: {
      type: 'compare',
      labels: rows.map(shortLabel),
      score: rows.map((r) => r.score),
      tone: rows.map((r) => r.tone),
      series: categories.map((c) => ({ label: c.label, tone: c.tone })),
      reference,
      names: { x: `Nilai ${year} (0–100)` },
    },
  };
}

// ---------------------------------------------------------------- all charts of the site

export interface SiteCharts {
  home: ZonesFigure | null;
  /** Year → kind → figure. */
  rounds: Record<string, Record<string, DistributionFigure>>;
  /**
   * A region's figure (null unless assessed at least twice), made as its page is rendered:
   * too large to hold for every region (docs/performance.md, "What changed in stop 10").
   */
  region: (page: RegionPage) => HistoryFigure | null;
}

export function siteCharts(home: HomePage | null, roundPages: readonly RoundPage[]): SiteCharts {
  const bandsByYear = new Map(roundPages.map((r) => [r.year, r.bands]));
  return {
    home: home
      ? zonesFigure({
          id: 'grafik-zona',
          caption: 'Persentase instansi di setiap zona per putaran penilaian (semua jenis)',
          noun: 'instansi',
          points: home.zoneHistory,
          lineChanges: zoneLineChanges(roundPages.filter((r) => r.zones)),
          withoutZones: roundPages.filter((r) => !r.zones).map((r) => r.year),
        })
      : null,
    rounds: Object.fromEntries(roundPages.map((r) => [String(r.year), distributionFigures(r)])),
    region: (page) => historyFigure(page, bandsByYear),
  };
}
