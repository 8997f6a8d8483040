import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The cards' typeface, Inter (SIL Open Font License 1.1), regular then bold, from
 * @expo-google-fonts/inter. Every card is drawn with these files, never with the fonts of
 * the machine that builds it.
 */
export const CARD_FONTS = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) =>
  join(dirname(require.resolve('@expo-google-fonts/inter/package.json')), f),
);
