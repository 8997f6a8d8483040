/**
 * The province map of one round (templates/_includes/province-map.ts): a tile per province on the
 * grid of src/view/province-tiles.ts, classified by the province government's own result that
 * round (zone, or band in a round without zones), with its kabupaten and kota counted by the same
 * categories, and a link to its page. Plain data: the SVG is drawn by the template.
 */
import type { Region } from '../domain/types.ts';
import { groupBy } from '../model/rank.ts';
import { countCategories, type Category, type CategoryCounts, type Tone } from './categories.ts';
import { displayName, formatInteger, formatScore } from './format.ts';
import type { Row } from './pages.ts';
import { PROVINCE_TILES } from './province-tiles.ts';

export interface MapTile {
  code: string;
  /** "Provinsi Jawa Barat". */
  name: string;
  short: string;
  col: number;
  row: number;
  /** Its province page, else the province government's page, else none. */
  url: string | null;
  /** The province government's own result that round; null when it was not assessed. */
  own: { score: number; headline: string; tone: Tone } | null;
  /** Its kabupaten and kota assessed that round, by the round's categories. */
  members: CategoryCounts;
  /** Everything the tile shows, in words: its accessible name. */
  label: string;
}

export interface ProvinceMap {
  year: number;
  categories: Category[];
  zones: boolean;
  tiles: MapTile[];
}

export function provinceMap(
  year: number,
  rows: readonly Row[],
  categories: readonly Category[],
  zones: boolean,
  provinces: readonly Region[],
  urlOf: (code: string) => string | null,
): ProvinceMap {
  const own = new Map(rows.filter((r) => r.kind === 'provinsi').map((r) => [r.code, r]));
  const members = groupBy(
    rows.filter((r) => r.province !== null && (r.kind === 'kabupaten' || r.kind === 'kota')),
    (r) => r.province!,
  );
  const tiles = provinces
    .filter((p) => PROVINCE_TILES[p.code])
    .map((p): MapTile => {
      const tile = PROVINCE_TILES[p.code]!;
      const result = own.get(p.code);
      const counted = countCategories(members.get(p.code) ?? [], categories);
      const name = displayName(p);
      const ownText = result ? `${result.headline}, nilai ${formatScore(result.score)}` : `tidak dinilai pada ${year}`;
      const memberText =
        counted.total > 0
          ? `${formatInteger(counted.total)} kabupaten/kota dinilai: ${categories.map((c, i) => `${c.label} ${formatInteger(counted.counts[i]!)}`).join(', ')}`
          : 'tidak ada kabupaten/kota yang dinilai';
      return {
        code: p.code,
        name,
        short: tile.short,
        col: tile.col,
        row: tile.row,
        url: urlOf(p.code),
        own: result ? { score: result.score, headline: result.headline, tone: result.tone } : null,
        members: counted,
        // The tile shows the short name: the accessible name starts with what is seen.
        label: `${name.includes(tile.short) ? name : `${tile.short}, ${name}`}: ${ownText}; ${memberText}.`,
      };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { year, categories: [...categories], zones, tiles };
}
