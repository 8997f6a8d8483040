/**
 * What a new build would change on the published site, round by round: regions added or
 * gone, scores, ranks and zones that changed. Pure: compares two sets of `data/YYYY.json` rows.
 */
import { DEFAULT_METHOD, type Result } from '../domain/types.ts';
import type { RoundMethods, RoundResults } from './published-data.ts';

/** A score this far from the region's previous round is flagged for a second look (a typo like 8,51 for 85,10). */
export const BIG_MOVE = 20;

export interface Change<T> {
  before: T;
  after: T;
}

export interface Placement {
  zone: Result['zone'];
  band: string;
  grade: string | null;
}

export interface RegionChange {
  /** The row as it would be published. */
  after: Result;
  before: Result;
  score: Change<number> | null;
  /** Sub-scores that differ; null where a side has none. */
  dimensions: ({ key: string } & Change<number | null>)[];
  rank: Change<number> | null;
  placement: Change<Placement> | null;
  /** Name, slug, kind or province: what identifies the region on the site. */
  identity: ({ field: 'name' | 'slug' | 'kind' | 'province' } & Change<string | null>)[];
}

export type RoundStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface RoundDiff {
  year: number;
  status: RoundStatus;
  /** Rows published now and rows to be published. */
  countBefore: number;
  countAfter: number;
  /** The rows to be published (empty when the round is removed). */
  results: readonly Result[];
  added: Result[];
  removed: Result[];
  /** Regions whose score or sub-scores changed. */
  scoreChanges: RegionChange[];
  /** Same score, other zone or band (the round's bands changed). */
  placementChanges: RegionChange[];
  identityChanges: RegionChange[];
  /** Only the rank moved: a consequence of other changes in the round. */
  rankOnlyChanges: RegionChange[];
  /** New or changed scores (not sub-scores) at least BIG_MOVE points from the region's previous round. */
  bigMoves: Result[];
  /**
   * The round's method differs from what it is compared with: the published round (a round
   * already published), or the round before it (a new round). Its results are then not compared.
   */
  methodChange: { before: string; after: string; year: number } | null;
}

export interface SiteDiff {
  /** Newest round first. */
  rounds: RoundDiff[];
  /** True when publishing would change no round's data. */
  unchanged: boolean;
}

const changed = <T>(before: T, after: T): Change<T> | null => (before === after ? null : { before, after });

function placementOf(r: Result): Placement {
  return { zone: r.zone, band: r.band, grade: r.grade ?? null };
}

/** Compare one region's published row with the row to be published. */
export function compareRegion(before: Result, after: Result): RegionChange {
  const keys = [...new Set([...Object.keys(before.dimensions ?? {}), ...Object.keys(after.dimensions ?? {})])].sort();
  const dimensions = keys
    .map((key) => ({ key, before: before.dimensions?.[key] ?? null, after: after.dimensions?.[key] ?? null }))
    .filter((d) => d.before !== d.after);
  const p0 = placementOf(before);
  const p1 = placementOf(after);
  const samePlacement = p0.zone === p1.zone && p0.band === p1.band && p0.grade === p1.grade;
  const identity = (['name', 'slug', 'kind', 'province'] as const)
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    .filter((c) => c.before !== c.after);
  return {
    after,
    before,
    score: changed(before.score, after.score),
    dimensions,
    rank: changed(before.rank, after.rank),
    placement: samePlacement ? null : { before: p0, after: p1 },
    identity,
  };
}

function isBigMove(r: Result): boolean {
  return r.scoreChange !== null && r.scoreChange !== undefined && Math.abs(r.scoreChange) >= BIG_MOVE;
}

/**
 * Compare one round; either side may be absent (a round added or removed). With `methodChange`
 * the published results were of another method: only regions added or gone are listed.
 */
export function diffRound(
  year: number,
  before: readonly Result[] | undefined,
  after: readonly Result[] | undefined,
  methodChange: RoundDiff['methodChange'] = null,
): RoundDiff {
  const old = new Map((before ?? []).map((r) => [r.code, r]));
  const now = new Map((after ?? []).map((r) => [r.code, r]));
  const added = (after ?? []).filter((r) => !old.has(r.code));
  const removed = (before ?? []).filter((r) => !now.has(r.code));
  // Across a change of method nothing is compared: only who came and went, and every score is new.
  const changes = methodChange ? [] : (after ?? []).filter((r) => old.has(r.code)).map((r) => compareRegion(old.get(r.code)!, r));
  const scoreChanges = changes.filter((c) => c.score !== null || c.dimensions.length > 0);
  const placementChanges = changes.filter((c) => c.score === null && c.placement !== null);
  const identityChanges = changes.filter((c) => c.identity.length > 0);
  const rankOnlyChanges = changes.filter((c) => c.rank !== null && c.score === null && c.placement === null && c.dimensions.length === 0);
  // Only scores that would newly appear: a sub-score fix does not re-flag a score already published.
  const fresh = methodChange
    ? new Set(now.keys())
    : new Set([...added.map((r) => r.code), ...scoreChanges.filter((c) => c.score !== null).map((c) => c.after.code)]);
  const bigMoves = (after ?? []).filter((r) => fresh.has(r.code) && isBigMove(r));
  const status: RoundStatus = !before
    ? 'added'
    : !after
      ? 'removed'
      : methodChange || added.length + removed.length + scoreChanges.length + placementChanges.length + identityChanges.length + rankOnlyChanges.length > 0
        ? 'changed'
        : 'unchanged';
  return {
    year,
    status,
    countBefore: before?.length ?? 0,
    countAfter: after?.length ?? 0,
    results: after ?? [],
    // A whole round added or removed is reported as such, not as hundreds of regions.
    added: before ? added : [],
    removed: after ? removed : [],
    scoreChanges,
    placementChanges,
    identityChanges,
    rankOnlyChanges,
    bigMoves,
    methodChange,
  };
}

/** Compare every round of the published site with what the current inputs would publish. */
export function diffSites(
  published: RoundResults,
  current: RoundResults,
  methods: { published: RoundMethods; current: RoundMethods } = { published: new Map(), current: new Map() },
): SiteDiff {
  const years = [...new Set([...published.keys(), ...current.keys()])].sort((a, b) => b - a);
  const methodOf = (m: RoundMethods, y: number) => m.get(y) ?? DEFAULT_METHOD;
  const rounds = years.map((y) => {
    let change: RoundDiff['methodChange'] = null;
    if (published.has(y) && current.has(y)) {
      const [before, after] = [methodOf(methods.published, y), methodOf(methods.current, y)];
      if (before !== after) change = { before, after, year: y };
    } else if (current.has(y)) {
      const earlier = [...current.keys()].filter((x) => x < y).sort((a, b) => b - a)[0];
      if (earlier !== undefined && methodOf(methods.current, earlier) !== methodOf(methods.current, y)) {
        change = { before: methodOf(methods.current, earlier), after: methodOf(methods.current, y), year: earlier };
      }
    }
    return diffRound(y, published.get(y), current.get(y), change);
  });
  return { rounds, unchanged: rounds.every((r) => r.status === 'unchanged') };
}
