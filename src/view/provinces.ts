/**
 * Province pages (`/provinsi/<slug>/`): the kabupaten and kota of one province compared in
 * the latest round and followed over time. Plain TypeScript: no Eleventy.
 */
import type { Region, Round } from '../domain/types.ts';
import { countZones, median } from '../model/aggregates.ts';
import { hasZones } from '../domain/bands.ts';
import { categoriesOf, countCategories, type Category, type CategoryCounts, type Tone } from './categories.ts';
import { byName } from '../model/results.ts';
import { groupBy } from '../model/rank.ts';
import { provinceAverages } from './comparisons.ts';
import { compareFigure, zoneLineChanges, zonesFigure, type CompareFigure, type ZonesFigure } from './charts.ts';
import { displayName, formatInteger, formatScore } from './format.ts';
import type { RegionPage, RoundPage, Row } from './pages.ts';
import { urls } from './urls.ts';

export interface ProvinceRound {
  year: number;
  url: string;
  assessed: number;
  /** Mean of its kabupaten and kota that round. */
  mean: number | null;
  /** The province government's own score that round. */
  provinceScore: number | null;
  /** Its method differs from the timeline's round before: the columns do not compare. */
  methodChange: boolean;
}

export interface ProvinceMember {
  label: string;
  url: string;
  /** One per timeline round; null when not assessed that round. */
  scores: (number | null)[];
  tones: (Tone | null)[];
  /** Per timeline round: the first result of a new method, not comparable with the one before. */
  methodBreaks: boolean[];
}

export interface ProvincePage {
  url: string;
  slug: string;
  code: string;
  /** "Provinsi Lampung". */
  name: string;
  /** "Lampung": in lists of provinces only. */
  shortName: string;
  /** The province government's own page, when it has one. */
  regionUrl: string | null;
  /** Kabupaten and kota in the registry. */
  registered: number;
  latest: {
    year: number;
    url: string;
    rows: Row[];
    categories: Category[];
    counts: CategoryCounts;
    mean: number;
    median: number;
    /** The round assessed a sample: the mean and median are of those assessed only. */
    sample: boolean;
    /** False when the round classified by band: `categories` are bands, not zones. */
    zones: boolean;
  } | null;
  /** Rounds in which at least one of its kabupaten or kota was assessed, oldest first. */
  timeline: ProvinceRound[];
  /** Every kabupaten and kota assessed at least once: best latest score first, then by name. */
  members: ProvinceMember[];
  compare: CompareFigure | null;
  zones: ZonesFigure | null;
  description: string;
}

/** A link from a region's page to its province page. */
export interface ProvinceLink {
  url: string;
  name: string;
  text: string;
}

/**
 * `lampung` for the province whose region slug is `provinsi-lampung`: the page lives under
 * /provinsi/ already. Falls back to the full region slug if two provinces would collide.
 */
export function provinceSlugs(provinces: readonly Region[]): Map<string, string> {
  const short = (r: Region) => r.slug.replace(/^provinsi-/, '') || r.slug;
  const taken = new Map<string, number>();
  for (const p of provinces) taken.set(short(p), (taken.get(short(p)) ?? 0) + 1);
  return new Map(provinces.map((p) => [p.code, taken.get(short(p))! > 1 ? p.slug : short(p)]));
}

export interface ProvinceInput {
  regions: readonly Region[];
  /** Oldest first. */
  rounds: readonly Round[];
  rowsOf: (year: number) => Row[];
  rowOf: (year: number, code: string) => Row | undefined;
  roundPages: readonly RoundPage[];
  regionPages: readonly RegionPage[];
}

export function provincePages({ regions, rounds, rowsOf, rowOf, roundPages, regionPages }: ProvinceInput): ProvincePage[] {
  const provinces = regions.filter((r) => r.kind === 'provinsi');
  const slugs = provinceSlugs(provinces);
  const withPage = new Map(regionPages.map((p) => [p.code, p.url]));
  const lineChanges = zoneLineChanges(roundPages.filter((r) => r.zones));
  const pages: ProvincePage[] = [];
  // Indexed once: looking through every row for each province grew with provinces × regions.
  const registered = groupBy(regions, (r) => r.province);
  const perRound = rounds.map((round) => ({ round, byProvince: groupBy(rowsOf(round.year), (r) => r.province) }));
  for (const province of provinces) {
    const byRound = perRound
      .map(({ round, byProvince }) => ({ round, rows: byProvince.get(province.code) ?? [], own: rowOf(round.year, province.code) }))
      .filter((x) => x.rows.length > 0);
    if (byRound.length === 0) continue;

    const name = displayName(province);
    const slug = slugs.get(province.code)!;
    const url = urls.province(slug);
    const last = byRound[byRound.length - 1]!;
    // Province rank orders them best first; ties by name, as in the downloads.
    const latestRows = [...last.rows].sort((a, b) => a.provinceRank! - b.provinceRank! || byName(a.label, b.label));
    const averageIn = (rows: readonly Row[]) => provinceAverages(rows).get(province.code) ?? null;
    const categories = categoriesOf(last.round.bands);
    const latest = {
      year: last.round.year,
      url: urls.round(last.round.year),
      rows: latestRows,
      categories,
      counts: countCategories(latestRows, categories),
      mean: averageIn(latestRows)!,
      median: median(latestRows.map((r) => r.score))!,
      sample: last.round.sample,
      zones: hasZones(last.round.bands),
    };
    const zoned = byRound.filter(({ round }) => hasZones(round.bands));
    const timeline: ProvinceRound[] = byRound.map(({ round, rows, own }, i) => ({
      year: round.year,
      url: urls.round(round.year),
      assessed: rows.length,
      mean: averageIn(rows),
      provinceScore: own?.score ?? null,
      methodChange: i > 0 && byRound[i - 1]!.round.method !== round.method,
    }));
    const members = membersOf(
      byRound.map((x) => x.rows),
      latestRows,
    );

    pages.push({
      url,
      slug,
      code: province.code,
      name,
      shortName: province.name,
      regionUrl: withPage.get(province.code) ?? null,
      registered: registered.get(province.code)?.length ?? 0,
      latest,
      timeline,
      members,
      compare: compareFigure({
        id: 'grafik-banding',
        caption: `Nilai kabupaten dan kota di ${name}, ${latest.year}, dibanding rata-ratanya`,
        place: `di ${name}`,
        year: latest.year,
        rows: latestRows,
        reference: { value: latest.mean, label: `Rata-rata kabupaten/kota ${latest.year}${latest.sample ? ' yang dinilai' : ''}` },
        categories,
      }),
      zones: zonesFigure({
        id: 'grafik-zona-provinsi',
        caption: `Persentase kabupaten dan kota di ${name} di setiap zona per putaran`,
        noun: 'kabupaten/kota',
        points: zoned.map(({ round, rows }) => ({ year: round.year, url: urls.round(round.year), counts: countZones(rows) })),
        lineChanges,
        withoutZones: byRound.filter((x) => !zoned.includes(x)).map((x) => x.round.year),
      }),
      description: `${name}: ${formatInteger(latestRows.length)}${latest.sample ? ` dari ${formatInteger(registered.get(province.code)?.length ?? 0)}` : ''} kabupaten dan kota dinilai pada ${latest.year}, rata-rata ${formatScore(latest.mean)}; perbandingan dan riwayat nilai per putaran.`,
    });
  }
  return pages;
}

/** Each member's score per timeline round, ordered as the latest ranking and then by name. */
function membersOf(rowsPerRound: readonly Row[][], latestRows: readonly Row[]): ProvinceMember[] {
  const members = new Map<string, ProvinceMember>();
  rowsPerRound.forEach((rows, i) => {
    for (const row of rows) {
      let m = members.get(row.code);
      if (!m) {
        m = {
          label: row.label,
          url: row.url,
          scores: rowsPerRound.map(() => null),
          tones: rowsPerRound.map(() => null),
          methodBreaks: rowsPerRound.map(() => false),
        };
        members.set(row.code, m);
      }
      m.scores[i] = row.score;
      m.tones[i] = row.tone;
      m.methodBreaks[i] = row.methodBreak;
    }
  });
  const order = new Map(latestRows.map((r, i) => [r.code, i]));
  return [...members].sort(([a, ma], [b, mb]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || byName(ma.label, mb.label)).map(([, m]) => m);
}

/** From each kabupaten, kota and province (by code) to the province page it belongs to. */
export function provinceLinks(regions: readonly Region[], pages: readonly ProvincePage[]): Record<string, ProvinceLink> {
  const byCode = new Map(pages.map((p) => [p.code, p]));
  const links: Record<string, ProvinceLink> = {};
  for (const r of regions) {
    const page = byCode.get(r.kind === 'provinsi' ? r.code : (r.province ?? ''));
    if (!page) continue;
    links[r.code] = {
      url: page.url,
      name: page.name,
      text: r.kind === 'provinsi' ? `Kabupaten dan kota di ${page.name}: perbandingan` : `Bandingkan dengan kabupaten dan kota lain di ${page.name}`,
    };
  }
  return links;
}
