import type { Band, Dataset, Dimension, Kind, Region, Result, Round, Zone } from '../types.ts';
import { KINDS } from '../types.ts';
import { countZones, medianByKind, movers, zoneChanges, zoneCountsByKind, type ZoneCounts } from '../model/aggregates.ts';
import { groupBy } from '../model/rank.ts';
import { round2 } from '../ingest/number.ts';
import { displayName, KIND_HEADING, KIND_LABEL } from './format.ts';
import { urls } from './urls.ts';
import { regionCorrections, type CorrectionItem } from './corrections.ts';
import { provinceAverages, roundChanges, type RoundChanges } from './comparisons.ts';
import { resultSentence } from './citation.ts';

/** A result as a table row needs it: the region's display name, link and province. */
export interface Row extends Result {
  label: string;
  url: string;
  provinceName: string | null;
}

export interface RoundSummary {
  year: number;
  title: string;
  published: string | null;
  source: string | null;
  url: string;
}

export interface KindSection {
  kind: Kind;
  heading: string;
  counts: ZoneCounts;
  rows: Row[];
}

export interface RoundPage extends RoundSummary {
  html: string;
  /** Bands with the highest score each admits (scores have two decimals). */
  bands: (Band & { max: number })[];
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
  /** How many were assessed (`total`), and in which zone. */
  counts: ZoneCounts;
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
  latest: HistoryRow | null;
  /**
   * Newest first. Made anew on each reading, from the rows of each round: held for every
   * region at once, histories were a third of a thread's view of a site of every village.
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
  zonesByKind: { kind: Kind; heading: string; counts: ZoneCounts }[];
  extremes: { kind: Kind; heading: string; top: Row[]; bottom: Row[] }[];
  movers: { up: Row[]; down: Row[] };
  zoneChanges: { row: Row; from: Zone }[];
  zoneHistory: { year: number; url: string; counts: ZoneCounts }[];
}

export function summarise(round: Round): RoundSummary {
  return { year: round.year, title: round.title, published: round.published, source: round.source, url: urls.round(round.year) };
}

/** Builds rows and pages from the dataset and its computed results. */
export class PageBuilder {
  private readonly regions: Map<string, Region>;
  private readonly rounds: Round[];
  private readonly rowsByYear = new Map<number, Row[]>();
  private readonly rowIndex = new Map<number, Map<string, Row>>();

  constructor(
    private readonly dataset: Dataset,
    results: Map<number, Result[]>,
  ) {
    this.regions = new Map(dataset.regions.map((r) => [r.code, r]));
    this.rounds = [...dataset.rounds].sort((a, b) => a.year - b.year);
    for (const [year, list] of results) {
      const rows = list.map((r) => this.row(r));
      this.rowsByYear.set(year, rows);
      this.rowIndex.set(year, new Map(rows.map((r) => [r.code, r])));
    }
  }

  /** A region's name, link and province, made once and shared by its rows of every round. */
  private readonly labels = new Map<string, Pick<Row, 'label' | 'url' | 'provinceName'>>();

  private row(result: Result): Row {
    let label = this.labels.get(result.code);
    if (!label) {
      const region = this.regions.get(result.code)!;
      const province = region.province ? this.regions.get(region.province) : undefined;
      label = { label: displayName(region), url: urls.region(region.slug), provinceName: province ? province.name : null };
      this.labels.set(result.code, label);
    }
    // Named fields first, then one spread: V8 makes such an object compact (~240 bytes), where
    // `{ ...result, label, … }` (a spread, then more fields) took ~900, and a site of every
    // village has 440,000 rows.
    return { label: label.label, url: label.url, provinceName: label.provinceName, ...result };
  }

  /** A region's row in a round, if it was assessed then. */
  rowOf(year: number, code: string): Row | undefined {
    return this.rowIndex.get(year)?.get(code);
  }

  private readonly zoneOf = (year: number, code: string): Zone | undefined => this.rowOf(year, code)?.zone;

  rowsOf(year: number): Row[] {
    return this.rowsByYear.get(year) ?? [];
  }

  roundPages(): RoundPage[] {
    return this.rounds.map((round, i) => {
      const rows = this.rowsOf(round.year);
      const byKind = groupBy(rows, (r) => r.kind);
      return {
        ...summarise(round),
        html: round.html,
        bands: round.bands.map((b, j) => ({ ...b, max: j === 0 ? 100 : round2(round.bands[j - 1]!.min - 0.01) })),
        dimensions: round.dimensions,
        previous: i > 0 ? summarise(this.rounds[i - 1]!) : null,
        next: i < this.rounds.length - 1 ? summarise(this.rounds[i + 1]!) : null,
        sections: KINDS.filter((k) => byKind.has(k)).map((kind) => ({
          kind,
          heading: KIND_HEADING[kind],
          counts: countZones(byKind.get(kind)!),
          rows: byKind.get(kind)!,
        })),
        total: rows.length,
        jsonUrl: urls.roundJson(round.year),
        csvUrl: urls.roundCsv(round.year),
        changes: roundChanges(rows, this.zoneOf),
      };
    });
  }

  home(): HomePage | null {
    const latest = this.rounds[this.rounds.length - 1];
    if (!latest) return null;
    const rows = this.rowsOf(latest.year);
    const byKind = groupBy(rows, (r) => r.kind);
    const zoneOf = this.zoneOf;
    return {
      round: summarise(latest),
      total: rows.length,
      zonesByKind: zoneCountsByKind(rows).map((z) => ({ ...z, heading: KIND_HEADING[z.kind] })),
      extremes: KINDS.filter((k) => byKind.has(k)).map((kind) => {
        const list = byKind.get(kind)!;
        return { kind, heading: KIND_HEADING[kind], top: list.slice(0, 5), bottom: list.slice(-5).reverse() };
      }),
      movers: movers(rows, 10),
      zoneChanges: zoneChanges(rows, zoneOf).map(({ result, from }) => ({ row: result, from })),
      zoneHistory: this.rounds.map((r) => ({ year: r.year, url: urls.round(r.year), counts: countZones(this.rowsOf(r.year)) })),
    };
  }

  /** Every round, newest first. */
  roundIndex(): RoundIndexEntry[] {
    return [...this.rounds].reverse().map((round) => ({
      ...summarise(round),
      counts: countZones(this.rowsOf(round.year)),
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
      provinceAverage: row.provinceRank === null ? null : provinceMeans.get(row.province!) ?? null,
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
            latest,
            // General profile first, then rounds newest first.
            narratives: [...narratives]
              .sort((a, b) => Number(b.year === null) - Number(a.year === null) || (b.year ?? 0) - (a.year ?? 0))
              .map((n) => ({ title: n.title, year: n.year, html: n.html, text: n.text })),
            corrections,
            description: latest
              ? `${resultSentence(latest)} (${latest.year}).`
              : `${name}: profil kepatuhan standar pelayanan publik.`,
          },
          historyOf,
          yearsOf,
        ),
      );
    }
    return pages;
  }
}

/**
 * A region's page, its history (and its years) made on each reading by a getter on the class. Not an object
 * literal with a getter: V8 keeps such an object as a hash table (~830 bytes; 45 MB a thread
 * for a site of every village).
 */
interface RegionPageOf extends Omit<RegionPage, 'history' | 'years'> {}
class RegionPageOf {
  constructor(
    fields: Omit<RegionPage, 'history' | 'years'>,
    private readonly historyOf: (code: string) => HistoryRow[],
    private readonly yearsOf: (code: string) => number[],
  ) {
    Object.assign(this, fields);
  }
  get history(): HistoryRow[] {
    return this.historyOf(this.code);
  }
  get years(): number[] {
    return this.yearsOf(this.code);
  }
}
