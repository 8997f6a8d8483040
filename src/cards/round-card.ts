/**
 * The social card of a round (its ranking page, and the home page for the latest round): the
 * round's title, how many were assessed, and a bar of them by zone or band, each part labelled.
 */
import { TONE_COLOUR, type Tone } from '../view/categories.ts';
import { formatDate, formatInteger, formatPercent } from '../view/format.ts';
import type { RoundPage } from '../view/pages.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTop, fitText, INK, LEFT, MUTED, RIGHT, text, textWidth, toneMark } from './svg.ts';

export interface RoundCardData {
  siteTitle: string;
  siteHost: string;
  sample: boolean;
  title: string;
  /** "310 instansi dinilai (sampel) · diumumkan 29 Januari 2026" */
  subtitle: string;
  /** Best first. */
  parts: { label: string; tone: Tone; count: number }[];
  total: number;
}

const BAR_Y = 400;
const BAR_HEIGHT = 56;

export function roundCardSvg(d: RoundCardData): string {
  const parts: string[] = [];
  let y = cardTop(parts, d) + 20;
  const title = fitText(d.title, [56, 48, 40], 'bold', RIGHT - LEFT, 2);
  for (const line of title.lines) {
    y += Math.round(title.size * 1.12);
    parts.push(text(LEFT, y, title.size, 700, INK, line));
  }
  const subtitle = fitText(d.subtitle, [28, 24], 'regular', RIGHT - LEFT, 1);
  parts.push(text(LEFT, y + 46, subtitle.size, 400, MUTED, subtitle.lines[0] ?? ''));

  // One bar of everyone assessed, a segment per category with a white gap; the labels below say the counts.
  let x = LEFT;
  for (const p of d.parts) {
    const width = d.total === 0 ? 0 : ((RIGHT - LEFT) * p.count) / d.total;
    if (width > 0)
      parts.push(`<rect x="${round(x)}" y="${BAR_Y}" width="${round(Math.max(width - 3, 1))}" height="${BAR_HEIGHT}" fill="${TONE_COLOUR[p.tone]}"/>`);
    x += width;
  }
  // Labels in rows: shape, name, count and share.
  let lx = LEFT;
  let ly = BAR_Y + BAR_HEIGHT + 52;
  for (const p of d.parts) {
    const label = `${p.label} ${formatInteger(p.count)} (${formatPercent(p.count, d.total)})`;
    const width = textWidth(label, 24, 'regular') + 64;
    if (lx + width > RIGHT) {
      lx = LEFT;
      ly += 44;
    }
    parts.push(toneMark(p.tone, lx + 12, ly - 8, 11, TONE_COLOUR[p.tone]));
    parts.push(text(lx + 32, ly, 24, 400, INK, label));
    lx += width;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Inter">${parts.join('')}</svg>\n`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The card of a round page: its title, who was assessed and their categories. */
export function roundCardData(round: RoundPage, site: { title: string; url: string; sampleData: boolean }): RoundCardData {
  return {
    siteTitle: site.title,
    siteHost: new URL(site.url).host,
    sample: site.sampleData,
    title: round.title,
    subtitle: `${formatInteger(round.total)} instansi dinilai${round.sample ? ' (sampel)' : ''}${round.published ? ` · diumumkan ${formatDate(round.published)}` : ''}`,
    parts: round.categories.map((c, i) => ({ label: c.label, tone: c.tone, count: round.counts.counts[i]! })),
    total: round.total,
  };
}
