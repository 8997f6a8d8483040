import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { inProject } from '../project.ts';

const require = createRequire(import.meta.url);

/**
 * The cards' typeface, Inter (SIL Open Font License 1.1), regular and bold. Every card is
 * drawn with these files, never with the fonts of the machine that builds it.
 *
 * Two sets: the full fonts from @expo-google-fonts/inter, and the same fonts cut down to
 * the characters of Indonesian names and the cards' own text (SUBSET_RANGES), committed in
 * src/cards/fonts/ and made by `scripts/subset-card-fonts.ts`: resvg parses the fonts for each
 * card, and the subset is quicker to parse (docs/performance.md). A card with any other character gets the full fonts.
 */
export const FULL_FONTS = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) =>
  join(dirname(require.resolve('@expo-google-fonts/inter/package.json')), f),
);

export const SUBSET_FONTS = ['Inter-400-subset.ttf', 'Inter-700-subset.ttf'].map((f) => inProject('src/cards/fonts', f));

/**
 * Unicode ranges kept in the subset: Basic Latin, Latin-1, Latin Extended-A, general
 * punctuation, minus. Not U+0149 (ŉ, deprecated): Inter draws it differently once cut down.
 */
export const SUBSET_RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x148],
  [0x14a, 0x17f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x2212, 0x2212],
];

function inSubset(codePoint: number): boolean {
  return SUBSET_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The fonts to draw a card with: the subset when it has every character of the card's text. */
export function fontsFor(svg: string): string[] {
  const text = svg.replace(/<[^>]*>/g, '');
  for (const ch of text) if (!inSubset(ch.codePointAt(0)!) && ch !== '\n') return FULL_FONTS;
  return SUBSET_FONTS;
}
