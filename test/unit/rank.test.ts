import { describe, expect, it } from 'vitest';
import { competitionRanks, groupBy, ranksWithin } from '../../src/model/rank.ts';

describe('competitionRanks', () => {
  it('gives equal scores the best rank and skips the next (1, 2, 2, 4)', () => {
    expect(competitionRanks([90, 85, 85, 80])).toEqual([1, 2, 2, 4]);
  });

  it('returns ranks in input order, whatever the order of the input', () => {
    expect(competitionRanks([85, 80, 90, 85])).toEqual([2, 4, 1, 2]);
  });

  it('handles a three-way tie at the top and a tie at the bottom', () => {
    expect(competitionRanks([70, 70, 70, 60, 50, 50])).toEqual([1, 1, 1, 4, 5, 5]);
  });

  it('decides ties on the score rounded to two decimals', () => {
    // 80.004 and 80.001 both round to 80.00: a tie.
    expect(competitionRanks([80.004, 80.001])).toEqual([1, 1]);
    // 80.005 rounds up to 80.01, 80.004 down to 80.00: not a tie.
    expect(competitionRanks([80.004, 80.005])).toEqual([2, 1]);
    // 79.995 rounds half away from zero to 80.00, despite its binary value 79.99499…
    expect(competitionRanks([79.995, 80])).toEqual([1, 1]);
  });

  it('ranks nothing and one item', () => {
    expect(competitionRanks([])).toEqual([]);
    expect(competitionRanks([0])).toEqual([1]);
  });
});

describe('ranksWithin', () => {
  it('ranks each group on its own and reports the group size', () => {
    const items = [
      { g: 'a', s: 50 },
      { g: 'b', s: 90 },
      { g: 'a', s: 70 },
      { g: 'a', s: 50 },
    ];
    const ranks = ranksWithin(
      items,
      (i) => i.g,
      (i) => i.s,
    );
    expect(items.map((i) => ranks.get(i))).toEqual([
      { rank: 2, of: 3 },
      { rank: 1, of: 1 },
      { rank: 1, of: 3 },
      { rank: 2, of: 3 },
    ]);
  });
});

describe('groupBy', () => {
  it('keeps input order within each group and groups in order of first appearance', () => {
    const groups = groupBy([3, 1, 4, 1, 5, 9, 2, 6], (n) => n % 2);
    expect([...groups.entries()]).toEqual([
      [1, [3, 1, 1, 5, 9]],
      [0, [4, 2, 6]],
    ]);
  });
});
