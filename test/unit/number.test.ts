import { describe, expect, it } from 'vitest';
import { parseScore } from '../../src/ingest/number.ts';
import { round2 } from '../../src/domain/number.ts';

const EXPECTED = 'diharapkan angka 0–100 dengan paling banyak dua desimal, mis. 80,85 atau 80.85';

describe('parseScore', () => {
  it.each([
    ['80.85', 80.85],
    ['80,85', 80.85],
    [' 80,5 ', 80.5],
    ['100', 100],
    ['100,00', 100],
    ['0', 0],
    ['0,01', 0.01],
    ['-0', 0],
  ])('accepts %j as %d', (raw, value) => {
    expect(parseScore(raw)).toEqual({ ok: true, value });
  });

  it('never returns -0', () => {
    const parsed = parseScore('-0,00');
    expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
  });

  it.each([
    ['', `nilai kosong; ${EXPECTED}`],
    ['  ', `nilai kosong; ${EXPECTED}`],
    ['abc', `"abc" bukan angka; ${EXPECTED}`],
    ['80,5%', `"80,5%" bukan angka; ${EXPECTED}`],
    ['1e2', `"1e2" bukan angka; ${EXPECTED}`],
    ['.5', `".5" bukan angka; ${EXPECTED}`],
    ['80,855', `"80,855" memiliki 3 angka desimal; ${EXPECTED} (pemisah ribuan tidak diizinkan)`],
    ['1.000', `"1.000" memiliki 3 angka desimal; ${EXPECTED} (pemisah ribuan tidak diizinkan)`],
    ['1.000,50', `"1.000,50" memakai pemisah ribuan, yang tidak diizinkan; ${EXPECTED}`],
    ['1,000.5', `"1,000.5" memakai pemisah ribuan, yang tidak diizinkan; ${EXPECTED}`],
    ['100,01', `"100,01" di luar rentang; ${EXPECTED}`],
    ['-1', `"-1" di luar rentang; ${EXPECTED}`],
  ])('rejects %j: %s', (raw, message) => {
    expect(parseScore(raw)).toEqual({ ok: false, message });
  });
});

describe('round2', () => {
  it.each([
    [1.005, 1.01], // binary 1.00499…: still rounds up, as written
    [72.1 - 70.25, 1.85], // 1.8499999999999943
    [78.5 - 50.99, 27.51], // 27.509999999999998
    [-1.005, -1.01], // half away from zero
    [-0.001, 0], // no -0
    [2.5, 2.5],
  ])('round2(%d) = %d', (n, expected) => {
    expect(Object.is(round2(n), expected)).toBe(true);
  });
});
