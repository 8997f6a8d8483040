import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayName, formatChange, formatDate, formatInteger, formatPercent, formatRankChange, formatScore } from '../../src/view/format.ts';

describe('Indonesian formats', () => {
  it('writes scores with a decimal comma and two decimals', () => {
    expect(formatScore(80.85)).toBe('80,85');
    expect(formatScore(81)).toBe('81,00');
    expect(formatScore(null)).toBe('–');
  });

  it('signs changes with a true minus and no sign for zero', () => {
    expect(formatChange(1.75)).toBe('+1,75');
    expect(formatChange(-2.1)).toBe('−2,10');
    expect(formatChange(0)).toBe('0,00');
  });

  it('remembers each number exactly: numbers that share hundredths, or are 0 and -0, keep their own text', () => {
    const two = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
    const near = fc.tuple(fc.integer({ min: -10_000, max: 10_000 }), fc.constantFrom(0, 0.001, 0.004, 0.005, 0.0049, 0.0099)).map(([h, d]) => h / 100 + d);
    const number = fc.oneof(near, fc.double({ noNaN: true }), fc.integer(), fc.constantFrom(0, -0, 81638.4, 1e21));
    fc.assert(
      fc.property(fc.array(number, { maxLength: 60 }), (values) => {
        // Twice over, so later calls come from the table and the Map.
        for (const v of [...values, ...values]) {
          const n = Object.is(v, -0) ? 0 : v;
          expect(formatScore(v)).toBe(two.format(n));
          expect(formatInteger(v)).toBe(whole.format(n));
        }
      }),
    );
    expect([formatChange(-0), formatChange(0), formatScore(-0)]).toEqual(['0,00', '0,00', '0,00']);
  });

  it('groups thousands with a point', () => {
    expect(formatInteger(55000)).toBe('55.000');
  });

  it('never rounds a small share to 0% or a near-whole one to 100%', () => {
    expect(formatPercent(366, 416)).toBe('88%');
    expect(formatPercent(1, 416)).toBe('<1%');
    expect(formatPercent(0, 416)).toBe('0%');
    expect(formatPercent(415, 416)).toBe('>99%');
    expect(formatPercent(416, 416)).toBe('100%');
    expect(formatPercent(0, 0)).toBe('–');
  });

  it('writes dates the Indonesian way, independent of the time zone', () => {
    expect(formatDate('2019-12-10')).toBe('10 Desember 2019');
  });

  it('says rank moves in words', () => {
    expect(formatRankChange(3)).toBe('naik 3');
    expect(formatRankChange(-2)).toBe('turun 2');
    expect(formatRankChange(0)).toBe('tetap');
  });

  it('names regions with their kind, ministries as they are', () => {
    expect(displayName({ kind: 'kabupaten', name: 'Bogor' })).toBe('Kabupaten Bogor');
    expect(displayName({ kind: 'kota', name: 'Bogor' })).toBe('Kota Bogor');
    expect(displayName({ kind: 'kementerian', name: 'Kementerian Agama' })).toBe('Kementerian Agama');
  });
});

describe('formatting remembered values', () => {
  it('gives the same text for a value however often and in whatever order it is asked', () => {
    expect([formatScore(-0), formatScore(0), formatScore(-0)]).toEqual(['0,00', '0,00', '0,00']);
    expect([formatChange(-0), formatChange(0)]).toEqual(['0,00', '0,00']);
    expect([formatInteger(1234), formatInteger(1234)]).toEqual(['1.234', '1.234']);
    expect(formatScore(null)).toBe('–');
  });
});
