import { round2 } from '../domain/number.ts';

/**
 * Standard competition ranking ("1224"): by score rounded to two decimals, highest
 * first; equal scores share the best rank and the next rank skips.
 * Returns the rank of each input, in input order.
 */
export function competitionRanks(scores: readonly number[]): number[] {
  const rounded = scores.map(round2);
  const order = rounded.map((_, i) => i).sort((a, b) => rounded[b]! - rounded[a]!);
  const ranks = new Array<number>(scores.length);
  order.forEach((index, position) => {
    const prev = order[position - 1];
    ranks[index] = prev !== undefined && rounded[prev] === rounded[index] ? ranks[prev]! : position + 1;
  });
  return ranks;
}

/** Group items by a key, keeping input order within each group. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Ranks within each group: for every item, its rank and the size of its group. */
export function ranksWithin<T>(items: readonly T[], group: (item: T) => unknown, score: (item: T) => number): Map<T, { rank: number; of: number }> {
  const out = new Map<T, { rank: number; of: number }>();
  for (const members of groupBy(items, group).values()) {
    const ranks = competitionRanks(members.map(score));
    members.forEach((m, i) => out.set(m, { rank: ranks[i]!, of: members.length }));
  }
  return out;
}
