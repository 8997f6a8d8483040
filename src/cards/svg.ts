/** What every social card is drawn with: its size, colours and frame, text escaped and fitted into a width, the categories' shapes. */
import { escapeHtml } from '../view/escape.ts';
import type { Tone } from '../view/categories.ts';

/** Card size Open Graph and Twitter's summary_large_image expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const INK = '#1b1f24';
export const MUTED = '#56606b';
export const ACCENT = '#0d3b66';
export const LEFT = 60;
export const RIGHT = CARD_WIDTH - 60;

export function text(x: number, y: number, size: number, weight: 400 | 700, fill: string, content: string, anchor = 'start'): string {
  const a = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${a}>${escapeHtml(content)}</text>`;
}

/** The shapes of the site's badges (site.css), so colour is never the only cue: ● ▲ ■ for zones, ◆ ● ▲ ■ ▼ for bands. */
export function toneMark(tone: Tone, cx: number, cy: number, r: number, fill: string): string {
  const triangle = (dir: 1 | -1) => `<path d="M${cx} ${cy - dir * r} L${cx + r} ${cy + dir * r * 0.8} L${cx - r} ${cy + dir * r * 0.8} Z" fill="${fill}"/>`;
  if (tone === 'hijau' || tone === 'q2') return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`;
  if (tone === 'kuning' || tone === 'q3') return triangle(1);
  if (tone === 'q5') return triangle(-1);
  if (tone === 'q1') return `<path d="M${cx} ${cy - r} L${cx + r} ${cy} L${cx} ${cy + r} L${cx - r} ${cy} Z" fill="${fill}"/>`;
  return `<rect x="${cx - r * 0.85}" y="${cy - r * 0.85}" width="${r * 1.7}" height="${r * 1.7}" fill="${fill}"/>`;
}

/** White ground, the site's name in a bar, and for sample data a band saying so; returns where the card's own content starts. */
export function cardTop(parts: string[], d: { siteTitle: string; siteHost: string; sample: boolean }): number {
  parts.push(`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<rect width="${CARD_WIDTH}" height="80" fill="${ACCENT}"/>`);
  parts.push(text(LEFT, 52, 28, 700, '#ffffff', d.siteTitle));
  if (textWidth(d.siteTitle, 28, 'bold') + textWidth(d.siteHost, 24, 'regular') < RIGHT - LEFT - 40) {
    parts.push(text(RIGHT, 52, 24, 400, '#cfe0f5', d.siteHost, 'end'));
  }
  if (!d.sample) return 80;
  parts.push(`<rect y="80" width="${CARD_WIDTH}" height="50" fill="#fff0bf"/><rect y="128" width="${CARD_WIDTH}" height="3" fill="#b58100"/>`);
  parts.push(text(LEFT, 115, 24, 700, '#3d2d00', 'DATA CONTOH — nilai ilustrasi, bukan hasil resmi Ombudsman RI'));
  return 130;
}

/**
 * Inter's average advance width in em, measured with resvg over mixed-case text
 * (regular ≈ 0.54, bold ≈ 0.56; capitals reach 0.70). Rounded up so an estimate errs
 * towards wrapping early rather than running off the card.
 */
const EM = { regular: 0.57, bold: 0.6 } as const;

export function textWidth(text: string, size: number, weight: keyof typeof EM): number {
  return text.length * size * EM[weight];
}

/** Break text at spaces into lines no wider than maxWidth; a single word too long stays whole. */
export function wrap(text: string, size: number, weight: keyof typeof EM, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest of the given sizes at which text fits in maxLines lines of maxWidth; at the
 * smallest size, lines beyond maxLines are cut with an ellipsis.
 */
export function fitText(
  text: string,
  sizes: readonly number[],
  weight: keyof typeof EM,
  maxWidth: number,
  maxLines: number,
): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrap(text, size, weight, maxWidth);
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, size, weight) <= maxWidth)) return { size, lines };
  }
  const size = sizes[sizes.length - 1]!;
  const lines = wrap(text, size, weight, maxWidth).slice(0, maxLines);
  const maxChars = Math.floor(maxWidth / (size * EM[weight]));
  const last = lines[lines.length - 1] ?? '';
  lines[lines.length - 1] =
    last.length + 1 > maxChars || lines.length < wrap(text, size, weight, maxWidth).length ? `${last.slice(0, maxChars - 1).trimEnd()}…` : last;
  return { size, lines };
}
