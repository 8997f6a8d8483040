/**
 * The province tile map (src/view/province-map.ts) as inline SVG, no JavaScript: a linked tile per
 * province in the category of its government's own result (tint, frame and the category's shape,
 * so colour is never the only cue), a bar of its kabupaten and kota by category, and a legend. Its
 * text alternative is each tile's accessible name and the province list (/provinsi/).
 */
import { html, type Html } from '../../src/render/html.ts';
import { TONE_COLOUR, TONE_INK, TONE_TINT, type Tone } from '../../src/view/categories.ts';
import type { MapTile, ProvinceMap } from '../../src/view/province-map.ts';
import { MAP_COLUMNS, MAP_ROWS, PROVINCE_TILES } from '../../src/view/province-tiles.ts';
import { urls } from '../../src/view/urls.ts';
import { category } from './zone.ts';

const TILE = 44;
const GAP = 4;
const CELL = TILE + GAP;
const WIDTH = MAP_COLUMNS * CELL - GAP;
const HEIGHT = MAP_ROWS * CELL - GAP;
/** Names longer than this are squeezed into the tile. */
const FITS = 4;

/** The shape of each tone, as on the badges (templates/assets/site.css). */
const MARK: Record<Tone, string> = { hijau: '●', kuning: '▲', merah: '■', q1: '◆', q2: '●', q3: '▲', q4: '■', q5: '▼' };

function label(x: number, y: number, text: string, size: number, fill: string, weight = 600): Html {
  const squeeze = text.length > FITS && html` textLength="${TILE - 6}" lengthAdjust="spacingAndGlyphs"`;
  return html`<text x="${x + TILE / 2}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="middle"${squeeze}>${text}</text>`;
}

/** The kabupaten and kota of the province by category: a bar along the tile's foot. */
function memberBar(tile: MapTile, map: ProvinceMap, x: number, y: number): Html {
  const total = tile.members.total;
  if (total === 0) return html``;
  let at = x + 4;
  const width = TILE - 8;
  return html`${map.categories.map((c, i) => {
    const w = (width * tile.members.counts[i]!) / total;
    const part = w > 0 && html`<rect x="${round(at)}" y="${y + TILE - 9}" width="${round(w)}" height="5" fill="${TONE_COLOUR[c.tone]}"/>`;
    at += w;
    return part;
  })}`;
}

const round = (n: number) => Math.round(n * 10) / 10;

function tileSvg(tile: MapTile, map: ProvinceMap): Html {
  const x = tile.col * CELL;
  const y = tile.row * CELL;
  const tone = tile.own?.tone;
  const body = html`<rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="4" fill="${tone ? TONE_TINT[tone] : '#ffffff'}" stroke="${tone ? TONE_COLOUR[tone] : '#8c959f'}" stroke-width="${tone ? 2 : 1}"${!tone && html` stroke-dasharray="3 2"`}/>
${label(x, y + 15, tile.short, 12, tone ? TONE_INK[tone] : '#56606b')}
${tone ? label(x, y + 30, MARK[tone], 12, TONE_COLOUR[tone], 400) : label(x, y + 30, '–', 12, '#56606b', 400)}
${memberBar(tile, map, x, y)}`;
  return tile.url
    ? html`<a href="${tile.url}" aria-label="${tile.label}"><title>${tile.label}</title>${body}</a>`
    : html`<g role="img" aria-label="${tile.label}"><title>${tile.label}</title>${body}</g>`;
}

/** The whole map of one round, with its legend and a way to the table. */
export function provinceMapFigure(map: ProvinceMap | undefined, id = 'peta', withList = true): Html {
  if (!map || map.tiles.length === 0) return html``;
  const by = map.zones ? 'zona' : 'kategori';
  return html`
<figure class="province-map" aria-labelledby="${id}-cap">
<figcaption id="${id}-cap">Peta provinsi ${map.year}: ${by} nilai setiap pemerintah provinsi; garis di bawah kotak: kabupaten dan kotanya per ${by}</figcaption>
<svg viewBox="-2 -2 ${WIDTH + 4} ${HEIGHT + 4}" role="group" aria-labelledby="${id}-cap" font-family="system-ui, sans-serif">
${map.tiles.map((t) => tileSvg(t, map))}
</svg>
<p class="map-legend">${map.categories.map((c) => html`${category(c)} `)}<span class="map-none">– tidak dinilai</span></p>
${withList && html`<p class="map-alt">Tanpa peta: <a href="${urls.provinces()}">daftar provinsi dan kabupaten/kotanya</a>.</p>`}
</figure>`;
}

/** A small map with one province marked: where a region is. */
export function locatorMap(code: string | null, provinceName: string): Html {
  const here = code === null ? undefined : PROVINCE_TILES[code];
  if (!here) return html``;
  return html`
<svg class="locator" viewBox="-2 -2 ${WIDTH + 4} ${HEIGHT + 4}" role="img" aria-label="Lokasi: ${provinceName}, di peta provinsi Indonesia" font-family="system-ui, sans-serif">${Object.values(
    PROVINCE_TILES,
  ).map((t) => {
    const mine = t === here;
    return html`<rect x="${t.col * CELL}" y="${t.row * CELL}" width="${TILE}" height="${TILE}" rx="4" fill="${mine ? '#0d3b66' : '#e6eaee'}"/>`;
  })}
${label(here.col * CELL, here.row * CELL + 27, here.short, 11, '#ffffff')}
</svg>`;
}
