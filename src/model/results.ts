import { KINDS, type Dataset, type Region, type Result, type Score } from '../domain/types.ts';
import { round2 } from '../domain/number.ts';
import { bandFor } from '../domain/bands.ts';
import { ranksWithin } from './rank.ts';

const KIND_ORDER = new Map(KINDS.map((k, i) => [k, i]));
export const byName = new Intl.Collator('id-ID', { sensitivity: 'base', numeric: true }).compare;

/** Contract order: kind, then rank, then name (then code, so ties never depend on input order). */
export function compareResults(a: Result, b: Result): number {
  return KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || a.rank - b.rank || byName(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

interface Previous {
  year: number;
  score: number;
  rank: number;
  rankOf: number;
}

/**
 * Every round's results as published in `data/YYYY.json`: ranks (per kind, and per
 * province for kabupaten and kota), band, zone and opinion, and the comparison with each
 * region's latest earlier score of the same method. Rounds are processed oldest first.
 */
export function computeResults(dataset: Pick<Dataset, 'regions' | 'rounds' | 'scores'>): Map<number, Result[]> {
  const regions = new Map(dataset.regions.map((r) => [r.code, r]));
  // Per method: a region's latest earlier result that its new one may be compared with.
  const previousByMethod = new Map<string, Map<string, Previous>>();
  const assessed = new Set<string>();
  const all = new Map<number, Result[]>();
  for (const round of [...dataset.rounds].sort((a, b) => a.year - b.year)) {
    const entries = (dataset.scores.get(round.year) ?? []).map((s) => ({ s, r: regions.get(s.code)! }));
    type Entry = { s: Score; r: Region };
    const score = (e: Entry) => e.s.score;
    const national = ranksWithin(entries, (e) => e.r.kind, score);
    const local = entries.filter((e) => e.r.kind === 'kabupaten' || e.r.kind === 'kota');
    const provincial = ranksWithin(local, (e) => e.r.province, score);
    if (!previousByMethod.has(round.method)) previousByMethod.set(round.method, new Map());
    const previous = previousByMethod.get(round.method)!;
    const predicates = new Map(round.predicates.map((p) => [p.key, p.label]));

    const results = entries.map((e): Result => {
      const { rank, of } = national.get(e)!;
      const inProvince = provincial.get(e);
      const band = bandFor(e.s.score, round.bands);
      const prev = previous.get(e.r.code);
      const predicate = e.s.predicate === null ? null : (predicates.get(e.s.predicate) ?? null);
      return {
        code: e.r.code,
        name: e.r.name,
        kind: e.r.kind,
        province: e.r.province,
        slug: e.r.slug,
        score: e.s.score,
        zone: band.zone,
        band: band.label,
        grade: band.grade,
        rank,
        rankOf: of,
        provinceRank: inProvince?.rank ?? null,
        provinceRankOf: inProvince?.of ?? null,
        previousYear: prev?.year ?? null,
        previousScore: prev?.score ?? null,
        scoreChange: prev ? round2(e.s.score - prev.score) : null,
        previousRank: prev?.rank ?? null,
        rankChange: prev ? prev.rank - rank : null,
        predicate,
        opinion: predicate === null ? band.label : `${band.label} ${predicate}`,
        methodBreak: !prev && assessed.has(e.r.code),
        previousRankOf: prev?.rankOf ?? null,
        dimensions: e.s.dimensions,
      };
    });
    for (const r of results) {
      previous.set(r.code, { year: round.year, score: r.score, rank: r.rank, rankOf: r.rankOf });
      assessed.add(r.code);
    }
    all.set(round.year, results.sort(compareResults));
  }
  return all;
}
