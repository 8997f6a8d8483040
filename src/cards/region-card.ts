import type { HistoryRow, RegionPage } from '../view/pages.ts';
import { TONE_COLOUR, TONE_INK, TONE_TINT, type Tone } from '../view/categories.ts';
import { trend, trendText, type Trend } from '../view/trend.ts';
import { formatInteger, formatScore } from '../view/format.ts';
import { kindAndProvince, kindNoun } from '../view/citation.ts';
import { ACCENT, CARD_HEIGHT, CARD_WIDTH, cardTop, fitText, INK, LEFT, MUTED, RIGHT, text, textWidth, toneMark } from './svg.ts';

export { CARD_HEIGHT, CARD_WIDTH };

/** Everything a region's card shows, already formatted (Indonesian numbers, words). */
export interface RegionCardData {
  siteTitle: string;
  /** Host name shown in the corner, e.g. kepatuhan.example.id. */
  siteHost: string;
  sample: boolean;
  name: string;
  /** "Kabupaten di Jawa Barat · Penilaian Kepatuhan 2024" */
  subtitle: string;
  year: number;
  score: string;
  tone: Tone;
  /** "Zona Hijau", or "Opini: Kualitas Sedang" in a round without zones. */
  zoneLabel: string;
  /** "B · Kualitas Tinggi"; in a round without zones, the predicate ("Tanpa Maladministrasi") or nothing. */
  band: string;
  /** Pairs of label and value, e.g. ["Peringkat nasional", "301 dari 416 kabupaten"]. */
  facts: [string, string][];
  /** Drawn in a TREND_BOX-sized box. */
  trend: Trend;
  trendLabel: string;
}

export const TREND_BOX = { width: 540, height: 58 } as const;

/** The 1200×630 social card of a region's latest result, as SVG text (rendered to PNG in render.ts). */
export function regionCardSvg(d: RegionCardData): string {
  const parts: string[] = [];
  let y = cardTop(parts, d);

  const name = fitText(d.name, [64, 56, 48, 40], 'bold', RIGHT - LEFT, 2);
  y += 20;
  for (const line of name.lines) {
    y += Math.round(name.size * 1.12);
    parts.push(text(LEFT, y, name.size, 700, INK, line));
  }
  const subtitle = fitText(d.subtitle, [28, 24], 'regular', RIGHT - LEFT, 1);
  parts.push(text(LEFT, y + 46, subtitle.size, 400, MUTED, subtitle.lines[0] ?? ''));

  // Lower half at fixed positions: score and zone on the left, ranks and trend on the right.
  const colours = { bg: TONE_TINT[d.tone], ink: TONE_INK[d.tone], mark: TONE_COLOUR[d.tone] };
  parts.push(text(LEFT, 388, 26, 400, MUTED, `Nilai ${d.year}`));
  parts.push(text(LEFT - 6, 492, 124, 700, INK, d.score)); // the comma clear of the zone badge below
  const zoneFit = fitText(d.zoneLabel, [32, 28, 24], 'bold', 396, 1);
  const zoneText = zoneFit.lines[0] ?? '';
  const bandFit = fitText(d.band, [26, 22], 'regular', 396, 1);
  const badgeWidth = Math.min(480, Math.max(textWidth(zoneText, zoneFit.size, 'bold'), textWidth(bandFit.lines[0] ?? '', bandFit.size, 'regular')) + 84);
  parts.push(
    `<rect x="${LEFT}" y="522" width="${badgeWidth}" height="84" rx="6" fill="${colours.bg}"/><rect x="${LEFT}" y="522" width="10" height="84" fill="${colours.mark}"/>`,
  );
  parts.push(toneMark(d.tone, LEFT + 38, 552, 12, colours.mark));
  parts.push(text(LEFT + 62, 563, zoneFit.size, 700, colours.ink, zoneText));
  parts.push(text(LEFT + 62, 594, bandFit.size, 400, colours.ink, bandFit.lines[0] ?? ''));

  const col = 600;
  let fy = 380;
  for (const [label, value] of d.facts.slice(0, 2)) {
    parts.push(text(col, fy, 24, 400, MUTED, fitText(label, [24], 'regular', RIGHT - col, 1).lines[0] ?? ''));
    const v = fitText(value, [36, 32, 28], 'bold', RIGHT - col, 1);
    parts.push(text(col, fy + 40, v.size, 700, INK, v.lines[0] ?? ''));
    fy += 80;
  }
  const tx = col;
  const ty = 548;
  parts.push(text(tx, ty - 8, 22, 400, MUTED, fitText(d.trendLabel, [22], 'regular', RIGHT - col, 1).lines[0] ?? ''));
  parts.push(`<rect x="${tx}" y="${ty}" width="${TREND_BOX.width}" height="${TREND_BOX.height}" fill="#f5f7f9"/>`);
  if (d.trend.points) {
    parts.push(
      `<g transform="translate(${tx} ${ty})"><polyline points="${d.trend.points}" fill="none" stroke="${ACCENT}" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"/></g>`,
    );
  }
  if (d.trend.last) parts.push(`<circle cx="${tx + d.trend.last.x}" cy="${ty + d.trend.last.y}" r="7" fill="${colours.mark}"/>`);

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Inter">${parts.join('')}</svg>\n`;
}

/** The card of a region page with at least one score: its latest round, ranks and trend. */
export function regionCardData(page: RegionPage & { latest: HistoryRow }, site: { title: string; url: string; sampleData: boolean }): RegionCardData {
  const l = page.latest;
  const facts: [string, string][] = [[`Peringkat nasional ${l.year}`, `${formatInteger(l.rank)} dari ${formatInteger(l.rankOf)} ${kindNoun(l.kind)}`]];
  if (l.provinceRank !== null && page.province) {
    facts.push([`Peringkat di ${page.province.name}`, `${formatInteger(l.provinceRank)} dari ${formatInteger(l.provinceRankOf)} kabupaten/kota`]);
  } else if (l.kindMedian !== null) {
    facts.push([`Median nasional ${kindNoun(l.kind)} ${l.year}`, formatScore(l.kindMedian)]);
  }
  const line = trend(page.history, TREND_BOX.width, TREND_BOX.height, 8);
  const years = line.years;
  return {
    siteTitle: site.title,
    siteHost: new URL(site.url).host,
    sample: site.sampleData,
    name: page.name,
    subtitle: `${kindAndProvince(page)} · Penilaian${l.zone ? ' Kepatuhan' : ''} ${l.year}`,
    year: l.year,
    score: formatScore(l.score),
    tone: l.tone,
    // Without zones the opinion leads; its predicate goes on the second line.
    zoneLabel: l.zone || l.predicate === null ? l.headline : l.headline.slice(0, -l.predicate.length - 1),
    band: l.zone ? (l.grade ? `${l.grade} · ${l.band}` : l.band) : (l.predicate ?? ''),
    facts,
    trend: line,
    // The years the line covers: only the latest method's rounds are drawn.
    trendLabel: years.length > 1 ? `Nilai ${years[0]}–${years[years.length - 1]}: ${trendText(l)}` : trendText(l),
  };
}
