import type { Result } from '../domain/types.ts';
import { mean, movers } from '../model/aggregates.ts';
import { categoryKey, type Category } from './categories.ts';
import { groupBy } from '../model/rank.ts';
import { round2 } from '../domain/number.ts';

/**
 * Comparisons no official list gives: the province average of a round, and each round's
 * biggest movers and zone (or band) changes. Plain functions over one round's results; only
 * results of the same method are compared, as `previousYear` is null across a method change.
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
  /** Moved to a better zone (merah → kuning, kuning → hijau, …) or band, biggest score rise first. */
  zoneUp: CategoryMove<R>[];
  /** Moved to a worse zone or band, biggest score fall first. */
  zoneDown: CategoryMove<R>[];
}

export interface CategoryMove<R> {
  row: R;
  from: Category;
}

/** How many movers each round's page lists per direction. */
export const MOVERS_SHOWN = 10;

/**
 * The round's biggest score rises and falls, and every region whose category (zone, or band in a
 * round without zones; `categories` best first) changed since its previous result. A previous
 * result classified another way (zones then, bands now) is not a move on one scale: left out.
 */
export function roundChanges<R extends Result>(
  rows: readonly R[],
  resultIn: (year: number, code: string) => Result | undefined,
  categories: readonly Category[],
): RoundChanges<R> {
  const { up, down } = movers(rows, MOVERS_SHOWN) as { up: R[]; down: R[] };
  const index = new Map(categories.map((c, i) => [c.key, i]));
  const better: CategoryMove<R>[] = [];
  const worse: CategoryMove<R>[] = [];
  for (const row of rows) {
    const before = row.previousYear === null ? undefined : resultIn(row.previousYear, row.code);
    const [from, to] = before ? [index.get(categoryKey(before)), index.get(categoryKey(row))] : [];
    if (from === undefined || to === undefined || from === to) continue;
    (to < from ? better : worse).push({ row, from: categories[from]! });
  }
  const byChange = (dir: 1 | -1) => (a: { row: R }, b: { row: R }) => dir * (b.row.scoreChange! - a.row.scoreChange!);
  return { up, down, zoneUp: better.sort(byChange(1)), zoneDown: worse.sort(byChange(-1)) };
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
