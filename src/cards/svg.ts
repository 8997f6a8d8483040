/** Small helpers for writing card SVG by hand: fitting text into a width (text is escaped by src/view/escape.ts). */

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
