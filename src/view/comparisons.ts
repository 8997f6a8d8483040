import type { Result, Zone } from '../types.ts';
import { mean, movers, zoneChanges, ZONE_ORDER } from '../model/aggregates.ts';
import { groupBy } from '../model/rank.ts';
import { round2 } from '../ingest/number.ts';

/**
 * Comparisons no official list gives: the province average of a round, and each round's
 * biggest movers and zone changes. Plain functions over one round's results.
 */

/** Mean score of the kabupaten and kota of each province in one round, by province code. */
export function provinceAverages(results: readonly Result[]): Map<string, number> {
  const local = results.filter((r) => r.province !== null && (r.kind === 'kabupaten' || r.kind === 'kota'));
  const out = new Map<string, number>();
  for (const [province, group] of groupBy(local, (r) => r.province!)) out.set(province, mean(group.map((r) => r.score))!);
  return out;
}

export interface RoundChanges<R extends Result> {
  up: R[];
  down: R[];
  /** Moved to a better zone (merah → kuning, kuning → hijau, …), biggest score rise first. */
  zoneUp: { row: R; from: Zone }[];
  /** Moved to a worse zone, biggest score fall first. */
  zoneDown: { row: R; from: Zone }[];
}

/** How many movers each round's page lists per direction. */
export const MOVERS_SHOWN = 10;

/** The round's biggest score rises and falls, and every region whose zone changed since its previous round. */
export function roundChanges<R extends Result>(rows: readonly R[], zoneIn: (year: number, code: string) => Zone | undefined): RoundChanges<R> {
  const { up, down } = movers(rows, MOVERS_SHOWN) as { up: R[]; down: R[] };
  const changed = zoneChanges(rows, zoneIn).map(({ result, from }) => ({ row: result as R, from }));
  const better = (c: { row: R; from: Zone }) => ZONE_ORDER.get(c.row.zone)! < ZONE_ORDER.get(c.from)!;
  const byChange = (dir: 1 | -1) => (a: { row: R }, b: { row: R }) => dir * (b.row.scoreChange! - a.row.scoreChange!);
  return {
    up,
    down,
    zoneUp: changed.filter(better).sort(byChange(1)),
    zoneDown: changed.filter((c) => !better(c)).sort(byChange(-1)),
  };
}

/** A region's score beside its province's average and its kind's national median, differences rounded like scores. */
export interface Comparison {
  year: number;
  score: number;
  kind: Result['kind'];
  rank: number;
  rankOf: number;
  provinceRank: number | null;
  provinceRankOf: number | null;
  provinceAverage: number | null;
  /** score − provinceAverage */
  provinceDiff: number | null;
  kindMedian: number | null;
  /** score − kindMedian */
  kindDiff: number | null;
}

export function compare(row: Result & { year: number; provinceAverage: number | null; kindMedian: number | null }): Comparison {
  const diff = (other: number | null) => (other === null ? null : round2(row.score - other));
  return {
    year: row.year,
    score: row.score,
    kind: row.kind,
    rank: row.rank,
    rankOf: row.rankOf,
    provinceRank: row.provinceRank,
    provinceRankOf: row.provinceRankOf,
    provinceAverage: row.provinceAverage,
    provinceDiff: diff(row.provinceAverage),
    kindMedian: row.kindMedian,
    kindDiff: diff(row.kindMedian),
  };
}
