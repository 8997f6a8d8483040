import { ZONES, type Kind, type Result, type Zone } from '../domain/types.ts';
import { round2 } from '../domain/number.ts';
import { byName, compareResults } from './results.ts';
import { groupBy } from './rank.ts';

export type ZoneCounts = Record<Zone, number> & { total: number };

/** Results of a round with zones by zone (a round without zones has none to count). */
export function countZones(results: readonly Pick<Result, 'zone'>[]): ZoneCounts {
  const counts = { hijau: 0, kuning: 0, merah: 0, total: results.length };
  for (const r of results) if (r.zone !== null) counts[r.zone]++;
  return counts;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : round2((sorted[mid - 1]! + sorted[mid]!) / 2);
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length);
}

export function medianByKind(results: readonly Result[]): Map<Kind, number> {
  const out = new Map<Kind, number>();
  for (const [kind, group] of groupBy(results, (r) => r.kind)) out.set(kind, median(group.map((r) => r.score))!);
  return out;
}

/**
 * The first n items of `[...items].sort(compare)`, without sorting them all: a round of
 * every village has 55,000 results and a page lists ten movers. Equal items keep their
 * order, as in a stable sort.
 */
export function smallest<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const item of items) {
    if (out.length === n && compare(item, out[n - 1]!) >= 0) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, out[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    out.splice(lo, 0, item);
    if (out.length > n) out.pop();
  }
  return out;
}

/** Largest score rises and falls since each region's previous round; ties broken by name. */
export function movers<T extends Result>(results: readonly T[], n: number): { up: T[]; down: T[] } {
  const by = (dir: 1 | -1) => (a: T, b: T) => dir * (b.scoreChange! - a.scoreChange!) || byName(a.name, b.name) || compareResults(a, b);
  return {
    up: smallest(
      results.filter((r) => r.scoreChange !== null && r.scoreChange > 0),
      n,
      by(1),
    ),
    down: smallest(
      results.filter((r) => r.scoreChange !== null && r.scoreChange < 0),
      n,
      by(-1),
    ),
  };
}

/** Zones ordered best first, for sorting and legends. */
export const ZONE_ORDER = new Map(ZONES.map((z, i) => [z, i]));
