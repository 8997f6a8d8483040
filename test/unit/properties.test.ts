import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScore } from '../../src/ingest/number.ts';
import { round2 } from '../../src/domain/number.ts';
import { competitionRanks } from '../../src/model/rank.ts';
import { smallest } from '../../src/model/aggregates.ts';

const sep = fc.constantFrom('.', ',');
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** A score in hundredths (0–10000) written as a spreadsheet might: `80`, `80.5`, `80,50`, ` 80.50 `. */
const writtenScore = fc
  .record({ hundredths: fc.integer({ min: 0, max: 10_000 }), sep, width: fc.integer({ min: 0, max: 2 }), pad: fc.constantFrom('', ' ', '  ') })
  .map(({ hundredths, sep, width, pad }) => {
    const whole = Math.floor(hundredths / 100);
    const frac = String(hundredths % 100).padStart(2, '0');
    // Use the fewest decimals that still say the value, or more (trailing zeros).
    const needed = frac === '00' ? 0 : frac.endsWith('0') ? 1 : 2;
    const shown = Math.max(needed, width);
    return { hundredths, text: `${pad}${whole}${shown ? sep + frac.slice(0, shown) : ''}${pad}` };
  });

describe('parseScore properties', () => {
  it('parses any 0–100 score with at most two decimals, written with . or ,, back to the same value', () => {
    fc.assert(
      fc.property(writtenScore, ({ hundredths, text }) => {
        expect(parseScore(text)).toEqual({ ok: true, value: hundredths / 100 });
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects three or more decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), sep, digits(3, 8), (whole, s, decimals) => {
        expect(parseScore(`${whole}${s}${decimals}`).ok).toBe(false);
      }),
    );
  });

  it('rejects thousands separators', () => {
    const grouped = fc
      .record({
        lead: fc.integer({ min: 1, max: 999 }),
        groups: fc.array(digits(3, 3), { minLength: 1, maxLength: 3 }),
        thousands: sep,
        decimals: digits(0, 2),
      })
      .map(({ lead, groups, thousands, decimals }) => {
        const decimal = thousands === '.' ? ',' : '.';
        return `${lead}${groups.map((g) => thousands + g).join('')}${decimals ? decimal + decimals : ''}`;
      });
    fc.assert(
      fc.property(grouped, (text) => {
        expect(parseScore(text).ok).toBe(false);
      }),
    );
  });

  it('rejects scores outside 0–100', () => {
    const outside = fc.oneof(fc.integer({ min: 10_001, max: 100_000_000 }), fc.integer({ min: -100_000_000, max: -1 }));
    fc.assert(
      fc.property(outside, sep, (hundredths, s) => {
        const sign = hundredths < 0 ? '-' : '';
        const abs = Math.abs(hundredths);
        const text = `${sign}${Math.floor(abs / 100)}${s}${String(abs % 100).padStart(2, '0')}`;
        expect(parseScore(text).ok).toBe(false);
      }),
    );
  });

  it('rejects anything that is not a number', () => {
    const number = /^\s*[+-]?\d+(?:[.,]\d{1,2})?\s*$/;
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }).filter((s) => !number.test(s)),
        (text) => {
          expect(parseScore(text).ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('competitionRanks properties', () => {
  // Few distinct values, so that ties are common; and arbitrary doubles, so that rounding matters.
  const tiedScores = fc.array(
    fc.integer({ min: 0, max: 12 }).map((n) => n * 7.5),
    { maxLength: 40 },
  );
  const rawScores = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 40 });

  for (const [name, scores] of [
    ['many ties', tiedScores],
    ['unrounded doubles', rawScores],
  ] as const) {
    it(`holds the invariants of 1224 ranking (${name})`, () => {
      fc.assert(
        fc.property(scores, (list) => {
          const ranks = competitionRanks(list);
          const r = list.map(round2);
          expect(ranks).toHaveLength(list.length);
          for (let i = 0; i < list.length; i++) {
            // 1-based, and a rank is 1 + the number of strictly better scores.
            expect(ranks[i]).toBe(1 + r.filter((s) => s > r[i]!).length);
            for (let j = 0; j < list.length; j++) {
              // Ties share a rank; a better score has a better (smaller) rank.
              if (r[i] === r[j]) expect(ranks[i]).toBe(ranks[j]);
              if (r[i]! > r[j]!) expect(ranks[i]).toBeLessThan(ranks[j]!);
            }
          }
          // For every k, at least k items rank k or better.
          for (let k = 1; k <= list.length; k++) expect(ranks.filter((x) => x <= k).length).toBeGreaterThanOrEqual(k);
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe('smallest (the movers of a round)', () => {
  it('gives the first n of a stable sort, ties in input order', () => {
    // Items compared by key only: many ties, told apart by their position.
    const items = fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), at: fc.nat() }), { maxLength: 60 });
    fc.assert(
      fc.property(items, fc.integer({ min: -1, max: 70 }), (list, n) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(smallest(list, n, byKey)).toEqual([...list].sort(byKey).slice(0, Math.max(n, 0)));
      }),
    );
  });
});
