import type { Band, Dataset, Dimension, Kind, Predicate, Region, Result, Round } from '../domain/types.ts';
import { KINDS } from '../domain/types.ts';
import { countZones, medianByKind, movers, type ZoneCounts } from '../model/aggregates.ts';
import { hasZones } from '../domain/bands.ts';
import { groupBy } from '../model/rank.ts';
import { bandTone, categoriesOf, categoryKey, countCategories, type Category, type CategoryCounts, type Tone } from './categories.ts';
import { round2 } from '../domain/number.ts';
import { displayName, formatInteger, formatPercent, KIND_HEADING, KIND_LABEL, ZONE_LABEL } from './format.ts';
import { urls } from './urls.ts';
import { regionCorrections, type CorrectionItem } from './corrections.ts';
import { provinceAverages, roundChanges, type RoundChanges } from './comparisons.ts';
import { resultSentence } from './citation.ts';

/** A result as a table row needs it: the region's display name, link and province. */
export interface Row extends Result {
  label: string;
  url: string;
  provinceName: string | null;
  /** Style of its category's badge and chart mark (src/view/categories.ts). */
  tone: Tone;
  /** What the result is called first: "Zona Hijau", or in a round without zones "Opini: Kualitas Sedang Tanpa Maladministrasi". */
  headline: string;
  /** Its round's method: results of different methods are never compared. */
  method: string;
}

export interface RoundSummary {
  year: number;
  title: string;
  published: string | null;
  source: string | null;
  url: string;
  method: string;
  sample: boolean;
  /** False for rounds classified by band (src/view/categories.ts). */
  zones: boolean;
}

export interface KindSection {
  kind: Kind;
  heading: string;
  /** Its own ranking page (urls.roundKind). */
  url: string;
  counts: CategoryCounts;
  rows: Row[];
}

/** How many of one kind a sampled round assessed, of those in the registry ("56 dari 98 kota"). */
export interface Coverage {
  kind: Kind;
  assessed: number;
  registered: number;
}

export interface RoundPage extends RoundSummary {
  html: string;
  /** Bands with the highest score each admits (scores have two decimals), and their tone. */
  bands: (Band & { max: number; tone: Tone })[];
  /** Zones, or bands in a round without zones: best first. */
  categories: Category[];
  /** Every result of the round by category (the sections count each kind). */
  counts: CategoryCounts;
  predicates: (Predicate & { count: number })[];
  /** The round before it used another method: nothing of this round is compared with earlier ones. */
  methodChange: { previousYear: number; previousMethod: string } | null;
  /** Per kind, for a sampled round; empty otherwise. */
  coverage: Coverage[];
  dimensions: Dimension[];
  previous: RoundSummary | null;
  next: RoundSummary | null;
  sections: KindSection[];
  total: number;
  jsonUrl: string;
  csvUrl: string;
  /** Biggest movers and zone changes since each region's previous round. */
  changes: RoundChanges<Row>;
}

/** A round in the list of every round (`/peringkat/`). */
export interface RoundIndexEntry extends RoundSummary {
  categories: Category[];
  /** How many were assessed (`total`), and in which zone (or band). */
  counts: CategoryCounts;
  csvUrl: string;
  jsonUrl: string;
}

export interface HistoryRow extends Row {
  year: number;
  roundUrl: string;
  kindMedian: number | null;
  /** Mean of the province's kabupaten and kota that round (kabupaten and kota only). */
  provinceAverage: number | null;
  dimensionValues: { label: string; value: number }[];
}

export interface RegionPage {
  url: string;
  code: string;
  slug: string;
  kind: Kind;
  kindLabel: string;
  name: string;
  province: { name: string; url: string | null } | null;
  /** Where it is on the province map: its province's code (its own, for a province); null for ministries and agencies. */
  provinceCode: string | null;
  latest: HistoryRow | null;
  /**
   * Newest first. Made anew on each reading, from the rows of each round: too large to hold for
   * every region at once on a national site (docs/performance.md, "What changed in stop 11").
   */
  readonly history: HistoryRow[];
  /** The years of its history, newest first, without making the rows. */
  readonly years: number[];
  narratives: { title: string | null; year: number | null; html: string; text: string }[];
  /** Dated corrections from the narratives, newest first. */
  corrections: CorrectionItem[];
  description: string;
}

export interface HomePage {
  round: RoundSummary;
  total: number;
  /** The round in one sentence, from its counts: what a reader learns first. */
  headline: string;
  categories: Category[];
  countsByKind: { kind: Kind; heading: string; counts: CategoryCounts }[];
  coverage: Coverage[];
  /** The latest round changed method: its results have no earlier ones to compare with. */
  methodChange: RoundPage['methodChange'];
  /** Per kind, its highest and lowest (`extremesOf`): `bottom` is empty when `top` lists every member. */
  extremes: ({ kind: Kind; heading: string } & Extremes<Row>)[];
  movers: { up: Row[]; down: Row[] };
  /** Rounds with zones only: counts by band are not on the same scale. */
  zoneHistory: { year: number; url: string; counts: ZoneCounts }[];
}

export function summarise(round: Round): RoundSummary {
  return {
    year: round.year,
    title: round.title,
    published: round.published,
    source: round.source,
    url: urls.round(round.year),
    method: round.method,
    sample: round.sample,
    zones: hasZones(round.bands),
  };
}

/**
 * "Pada 2025, 48 dari 310 instansi yang dinilai (sampel) mendapat Kualitas Tertinggi (15%) dan 3 Kualitas Terendah;
 * 77 dengan predikat Tanpa Maladministrasi." Zones: "… berada di Zona Hijau (88%) dan 1 di Zona Merah."
 */
export function headlineOf(round: Round, rows: readonly Result[], categories: readonly Category[]): string {
  const { counts, total } = countCategories(rows, categories);
  const zones = hasZones(round.bands);
  const [best, worst] = [categories[0]!, categories[categories.length - 1]!];
  const predicates = round.predicates.map((p) => `${formatInteger(rows.filter((r) => r.predicate === p.label).length)} dengan predikat ${p.label}`);
  return (
    `Pada ${round.year}, ${formatInteger(counts[0]!)} dari ${formatInteger(total)} instansi yang dinilai${round.sample ? ' (sampel)' : ''} ` +
    `${zones ? 'berada di' : 'mendapat'} ${best.label} (${formatPercent(counts[0]!, total)}) dan ${formatInteger(counts[counts.length - 1]!)} ${zones ? 'di ' : ''}${worst.label}` +
    `${predicates.length > 0 ? `; ${predicates.join(', ')}` : ''}.`
  );
}

export interface Extremes<T> {
  /** Best first; every member when there are at most twice `n`. */
  top: T[];
  /** Worst first; empty when `top` holds them all. */
  bottom: T[];
}

/**
 * The `n` highest and `n` lowest of a ranked list (best first). A kind of at most 2n members is
 * listed once, whole: its top and bottom would share members, or leave a lone one out between them.
 */
export function extremesOf<T>(ranked: readonly T[], n = 5): Extremes<T> {
  if (ranked.length <= 2 * n) return { top: [...ranked], bottom: [] };
  return { top: ranked.slice(0, n), bottom: ranked.slice(-n).reverse() };
}

/** The round before `i` (oldest first) when it used another method. */
function methodChange(rounds: readonly Round[], i: number): RoundPage['methodChange'] {
  const before = rounds[i - 1];
  return before && before.method !== rounds[i]!.method ? { previousYear: before.year, previousMethod: before.method } : null;
}

/** Builds rows and pages from the dataset and its computed results. */
export class PageBuilder {
  private readonly regions: Map<string, Region>;
  private readonly rounds: Round[];
  private readonly rowsByYear = new Map<number, Row[]>();
  private readonly rowIndex = new Map<number, Map<string, Row>>();
  private readonly dataset: Dataset;

  constructor(dataset: Dataset, results: Map<number, Result[]>) {
    this.dataset = dataset;
    this.regions = new Map(dataset.regions.map((r) => [r.code, r]));
    this.rounds = [...dataset.rounds].sort((a, b) => a.year - b.year);
    for (const [year, list] of results) {
      const round = this.rounds.find((r) => r.year === year)!;
      const style = rowStyle(round);
      const rows = list.map((r) => this.row(r, round.method, style));
      this.rowsByYear.set(year, rows);
      this.rowIndex.set(year, new Map(rows.map((r) => [r.code, r])));
    }
  }

  /** A region's name, link and province, made once and shared by its rows of every round. */
  private readonly labels = new Map<string, Pick<Row, 'label' | 'url' | 'provinceName'>>();

  private row(result: Result, method: string, style: (r: Result) => Pick<Row, 'tone' | 'headline'>): Row {
    let label = this.labels.get(result.code);
    if (!label) {
      const region = this.regions.get(result.code)!;
      const province = region.province ? this.regions.get(region.province) : undefined;
      label = { label: displayName(region), url: urls.region(region.slug), provinceName: province ? province.name : null };
      this.labels.set(result.code, label);
    }
    // Named fields first, then one spread: V8 makes such an object compact, where `{ ...result, label, … }`
    // (a spread, then more fields) is several times larger (docs/performance.md, "What changed in stop 10").
    const { tone, headline } = style(result);
    return { label: label.label, url: label.url, provinceName: label.provinceName, tone, headline, method, ...result };
  }

  /** A region's row in a round, if it was assessed then. */
  rowOf(year: number, code: string): Row | undefined {
    return this.rowIndex.get(year)?.get(code);
  }

  rowsOf(year: number): Row[] {
    return this.rowsByYear.get(year) ?? [];
  }

  /** Per kind, how many of those in the registry a sampled round assessed; empty for a full round. */
  private coverage(round: Round): Coverage[] {
    if (!round.sample) return [];
    const assessed = groupBy(this.rowsOf(round.year), (r) => r.kind);
    const registered = groupBy(this.dataset.regions, (r) => r.kind);
    return KINDS.filter((k) => registered.has(k)).map((kind) => ({
      kind,
      assessed: assessed.get(kind)?.length ?? 0,
      registered: registered.get(kind)!.length,
    }));
  }

  roundPages(): RoundPage[] {
    return this.rounds.map((round, i) => {
      const rows = this.rowsOf(round.year);
      const byKind = groupBy(rows, (r) => r.kind);
      const categories = categoriesOf(round.bands);
      return {
        ...summarise(round),
        html: round.html,
        bands: round.bands.map((b, j) => ({
          ...b,
          max: j === 0 ? 100 : round2(round.bands[j - 1]!.min - 0.01),
          tone: b.zone ?? bandTone(j, round.bands.length),
        })),
        categories,
        predicates: round.predicates.map((p) => ({ ...p, count: rows.filter((r) => r.predicate === p.label).length })),
        methodChange: methodChange(this.rounds, i),
        coverage: this.coverage(round),
        dimensions: round.dimensions,
        previous: i > 0 ? summarise(this.rounds[i - 1]!) : null,
        next: i < this.rounds.length - 1 ? summarise(this.rounds[i + 1]!) : null,
        sections: KINDS.filter((k) => byKind.has(k)).map((kind) => ({
          kind,
          heading: KIND_HEADING[kind],
          url: urls.roundKind(round.year, kind),
          counts: countCategories(byKind.get(kind)!, categories),
          rows: byKind.get(kind)!,
        })),
        counts: countCategories(rows, categories),
        total: rows.length,
        jsonUrl: urls.roundJson(round.year),
        csvUrl: urls.roundCsv(round.year),
        changes: roundChanges(rows, (year, code) => this.rowOf(year, code), categories),
      };
    });
  }

  home(): HomePage | null {
    const latest = this.rounds[this.rounds.length - 1];
    if (!latest) return null;
    const rows = this.rowsOf(latest.year);
    const byKind = groupBy(rows, (r) => r.kind);
    const categories = categoriesOf(latest.bands);
    return {
      round: summarise(latest),
      total: rows.length,
      headline: headlineOf(latest, rows, categories),
      categories,
      countsByKind: KINDS.filter((k) => byKind.has(k)).map((kind) => ({
        kind,
        heading: KIND_HEADING[kind],
        counts: countCategories(byKind.get(kind)!, categories),
      })),
      coverage: this.coverage(latest),
      methodChange: methodChange(this.rounds, this.rounds.length - 1),
      extremes: KINDS.filter((k) => byKind.has(k)).map((kind) => ({ kind, heading: KIND_HEADING[kind], ...extremesOf(byKind.get(kind)!) })),
      movers: movers(rows, 10),
      zoneHistory: this.rounds
        .filter((r) => hasZones(r.bands))
        .map((r) => ({ year: r.year, url: urls.round(r.year), counts: countZones(this.rowsOf(r.year)) })),
    };
  }

  /** Every round, newest first. */
  roundIndex(): RoundIndexEntry[] {
    return [...this.rounds].reverse().map((round) => ({
      ...summarise(round),
      categories: categoriesOf(round.bands),
      counts: countCategories(this.rowsOf(round.year), categoriesOf(round.bands)),
      csvUrl: urls.roundCsv(round.year),
      jsonUrl: urls.roundJson(round.year),
    }));
  }

  regionPages(): RegionPage[] {
    const newestFirst = [...this.rounds].reverse().map((round) => ({
      round,
      url: urls.round(round.year),
      medians: medianByKind(this.rowsOf(round.year)),
      provinceMeans: provinceAverages(this.rowsOf(round.year)),
    }));
    const historyRow = ({ round, url, medians, provinceMeans }: (typeof newestFirst)[number], row: Row): HistoryRow => ({
      // Named fields first, then the spread (see row()).
      year: round.year,
      roundUrl: url,
      kindMedian: medians.get(row.kind) ?? null,
      provinceAverage: row.provinceRank === null ? null : (provinceMeans.get(row.province!) ?? null),
      dimensionValues: round.dimensions.filter((d) => row.dimensions[d.key] !== undefined).map((d) => ({ label: d.label, value: row.dimensions[d.key]! })),
      ...row,
    });
    // Newest first, made as they are asked for: the latest alone makes one row, not eight.
    const rowOf = (year: number, code: string) => this.rowOf(year, code);
    function* historyRows(code: string): Generator<HistoryRow> {
      for (const r of newestFirst) {
        const row = rowOf(r.round.year, code);
        if (row) yield historyRow(r, row);
      }
    }
    // A region's pages, chart and downloads are made together and each reads its history: the
    // last region's is kept (frozen, since it is shared) rather than made five times over.
    let last: { code: string; rows: HistoryRow[] } | null = null;
    const historyOf = (code: string): HistoryRow[] => {
      if (last?.code !== code) last = { code, rows: Object.freeze([...historyRows(code)]) as HistoryRow[] };
      return last.rows;
    };
    const latestOf = (code: string): HistoryRow | null => historyRows(code).next().value ?? null;
    const yearsOf = (code: string): number[] => newestFirst.flatMap(({ round }) => (rowOf(round.year, code) ? [round.year] : []));
    const narrativesOf = groupBy(this.dataset.narratives, (n) => n.code);
    const pages: RegionPage[] = [];
    for (const region of this.dataset.regions) {
      const latest = latestOf(region.code);
      const narratives = narrativesOf.get(region.code) ?? [];
      const corrections = regionCorrections(narratives);
      if (latest === null && narratives.length === 0) continue;
      const province = region.province ? this.regions.get(region.province)! : null;
      const name = displayName(region);
      pages.push(
        new RegionPageOf(
          {
            url: urls.region(region.slug),
            code: region.code,
            slug: region.slug,
            kind: region.kind,
            kindLabel: KIND_LABEL[region.kind],
            name,
            province: province ? { name: displayName(province), url: urls.region(province.slug) } : null,
            provinceCode: region.kind === 'provinsi' ? region.code : region.province,
            latest,
            // General profile first, then rounds newest first.
            narratives: [...narratives]
              .sort((a, b) => Number(b.year === null) - Number(a.year === null) || (b.year ?? 0) - (a.year ?? 0))
              .map((n) => ({ title: n.title, year: n.year, html: n.html, text: n.text })),
            corrections,
            description: latest ? `${resultSentence(latest)} (${latest.year}).` : `${name}: profil kepatuhan standar pelayanan publik.`,
          },
          historyOf,
          yearsOf,
        ),
      );
    }
    return pages;
  }
}

/** Tone and headline of a round's results; strings made once per category, shared by every row. */
function rowStyle(round: Round): (r: Result) => Pick<Row, 'tone' | 'headline'> {
  const categories = categoriesOf(round.bands);
  const tones = new Map(categories.map((c) => [c.key, c.tone]));
  if (hasZones(round.bands)) return (r) => ({ tone: r.zone!, headline: ZONE_LABEL[r.zone!] });
  const lead = round.predicates.length > 0 ? 'Opini' : 'Kategori';
  const headlines = new Map<string, string>();
  return (r) => {
    let headline = headlines.get(r.opinion);
    if (headline === undefined) headlines.set(r.opinion, (headline = `${lead}: ${r.opinion}`));
    return { tone: tones.get(categoryKey(r))!, headline };
  };
}

/**
 * A region's page, its history (and its years) made on each reading by a getter on the class. Not an object
 * literal with a getter: V8 keeps such an object as a hash table (docs/performance.md, "What changed in stop 12").
 */
// The interface gives the class the fields Object.assign copies in; declared apart so the getters stay on the prototype.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
interface RegionPageOf extends Omit<RegionPage, 'history' | 'years'> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class RegionPageOf {
  private readonly historyOf: (code: string) => HistoryRow[];
  private readonly yearsOf: (code: string) => number[];
  constructor(fields: Omit<RegionPage, 'history' | 'years'>, historyOf: (code: string) => HistoryRow[], yearsOf: (code: string) => number[]) {
    this.historyOf = historyOf;
    this.yearsOf = yearsOf;
    Object.assign(this, fields);
  }
  get history(): HistoryRow[] {
    return this.historyOf(this.code);
  }
  get years(): number[] {
    return this.yearsOf(this.code);
  }
}
