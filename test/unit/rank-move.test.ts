/**
 * A rank move is told in places only between groups of the same size (templates/_includes/zone.ts,
 * rankMoveKind): between a round of 98 and a sample of 17, "naik 75" would mean nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankMove, rankMoveKind } from '../../templates/_includes/zone.ts';

const ranked = (rank: number, rankOf: number, previousRank: number | null, previousRankOf: number | null, methodBreak = false) => ({
  rank,
  rankOf,
  previousRank,
  previousRankOf,
  rankChange: previousRank === null ? null : previousRank - rank,
  previousYear: previousRank === null ? null : 2024,
  methodBreak,
});

describe('rank moves', () => {
  it('in places within groups of one size; both ranks otherwise; nothing without an earlier rank of the same method', () => {
    expect(rankMoveKind(ranked(3, 10, 5, 10))).toBe('places');
    expect(rankMove(ranked(3, 10, 5, 10)).text).toContain('naik 2');
    expect(rankMoveKind(ranked(16, 17, 91, 98))).toBe('both ranks');
    expect(rankMove(ranked(16, 17, 91, 98)).text).toContain('16 dari 17; 2024: 91 dari 98');
    expect(rankMoveKind(ranked(4, 10, null, null))).toBe('none');
    expect(rankMoveKind(ranked(4, 310, null, null, true))).toBe('method');
    expect(rankMove(ranked(4, 310, null, null, true)).text).toContain('metode berubah');
  });

  it('never counts places moved between groups of different sizes', () => {
    const pair = fc.integer({ min: 1, max: 600 }).chain((of) => fc.tuple(fc.integer({ min: 1, max: of }), fc.constant(of)));
    fc.assert(
      fc.property(pair, pair, ([rank, of], [previous, previousOf]) => {
        const text = rankMove(ranked(rank, of, previous, previousOf)).text;
        if (of === previousOf) expect(rankMoveKind(ranked(rank, of, previous, previousOf))).toBe('places');
        else expect(text).not.toMatch(/naik|turun/);
      }),
    );
  });
});
