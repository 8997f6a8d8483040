/**
 * Page data of src/view/pages.ts worked out by hand: the home page's highest and lowest per kind
 * never list a region twice (issue 20), whatever the size of the kind.
 */
import { describe, expect, it } from 'vitest';
import { defaultRound } from '../../src/ingest/rounds.ts';
import { computeResults } from '../../src/model/results.ts';
import type { Dataset, Kind, Region, Score } from '../../src/domain/types.ts';
import { extremesOf, PageBuilder } from '../../src/view/pages.ts';

const ranked = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('extremesOf', () => {
  it('lists a kind of at most ten once, whole, best first', () => {
    expect(extremesOf(ranked(6))).toEqual({ top: [1, 2, 3, 4, 5, 6], bottom: [] });
    expect(extremesOf(ranked(10))).toEqual({ top: ranked(10), bottom: [] });
    expect(extremesOf(ranked(1))).toEqual({ top: [1], bottom: [] });
    expect(extremesOf([])).toEqual({ top: [], bottom: [] });
  });

  it('gives the five highest and the five lowest (worst first) of eleven and more, sharing none', () => {
    expect(extremesOf(ranked(11))).toEqual({ top: [1, 2, 3, 4, 5], bottom: [11, 10, 9, 8, 7] });
    expect(extremesOf(ranked(38))).toEqual({ top: [1, 2, 3, 4, 5], bottom: [38, 37, 36, 35, 34] });
    for (let n = 0; n <= 30; n++) {
      const { top, bottom } = extremesOf(ranked(n));
      expect(
        top.filter((x) => bottom.includes(x)),
        `${n} members`,
      ).toEqual([]);
      // Nobody is left out between the two lists of a small kind.
      if (n <= 10) expect(top.length + bottom.length).toBe(n);
    }
  });

  it('takes another length', () => {
    expect(extremesOf(ranked(7), 3)).toEqual({ top: [1, 2, 3], bottom: [7, 6, 5] });
    expect(extremesOf(ranked(6), 3)).toEqual({ top: ranked(6), bottom: [] });
  });
});

describe('the home page of a round with a kind of six and a kind of twelve', () => {
  // Six kabupaten scored 90, 85, …, 65 (ranks 1–6); twelve kota scored 99, 98, …, 88, with a tie for third.
  const kabupaten = ['01', '02', '03', '04', '05', '06'];
  const kota = ['71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '81', '82'];
  const region = (code: string, kind: Kind): Region => ({ code, name: `${kind} ${code}`, kind, province: '18', slug: `${kind}-${code}`, formerSlugs: [] });
  const regions: Region[] = [
    { code: '18', name: 'Lampung', kind: 'provinsi', province: null, slug: 'provinsi-lampung', formerSlugs: [] },
    ...kabupaten.map((c) => region(`18.${c}`, 'kabupaten')),
    ...kota.map((c) => region(`18.${c}`, 'kota')),
  ];
  const scores: Score[] = [
    ...kabupaten.map((c, i) => ({ code: `18.${c}`, score: 90 - 5 * i, predicate: null, dimensions: {} })),
    ...kota.map((c, i) => ({ code: `18.${c}`, score: i === 3 ? 97 : 99 - i, predicate: null, dimensions: {} })),
  ];
  const dataset: Dataset = {
    site: {
      title: 'T',
      description: 'D',
      url: 'https://example.org',
      sampleData: false,
      publisher: 'P',
      socialCards: true,
      dataLicense: { name: 'CC BY 4.0', url: '' },
    },
    regions,
    rounds: [defaultRound(2024)],
    scores: new Map([[2024, scores]]),
    narratives: [],
    pages: [],
  };
  const home = new PageBuilder(dataset, computeResults(dataset)).home()!;
  const listed = (kind: Kind) => {
    const e = home.extremes.find((x) => x.kind === kind)!;
    return { top: e.top.map((r) => r.code), bottom: e.bottom.map((r) => r.code) };
  };

  it('lists the six kabupaten once, best first, with no second list', () => {
    expect(listed('kabupaten')).toEqual({ top: kabupaten.map((c) => `18.${c}`), bottom: [] });
  });

  it('lists five kota at the top and the five lowest, worst first, none in both', () => {
    const { top, bottom } = listed('kota');
    expect(top).toEqual(['18.71', '18.72', '18.73', '18.74', '18.75']);
    expect(bottom).toEqual(['18.82', '18.81', '18.80', '18.79', '18.78']);
    const tie = home.extremes.find((x) => x.kind === 'kota')!.top.slice(2, 4);
    expect(tie.map((r) => r.rank)).toEqual([3, 3]);
  });
});
