// `npx tsx scripts/subset-card-fonts.ts`: remake src/cards/fonts/*.ttf from the full Inter
// fonts, keeping SUBSET_RANGES (src/cards/fonts.ts). Needs fontTools
// (`apt-get install python3-fonttools`); only needed when the ranges or the fonts change.
import { spawnSync } from 'node:child_process';
import { FULL_FONTS, SUBSET_FONTS, SUBSET_RANGES } from '../src/cards/fonts.ts';

const hex = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;
const unicodes = SUBSET_RANGES.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${to.toString(16)}`)).join(',');
FULL_FONTS.forEach((full, i) => {
  const args = ['-m', 'fontTools.subset', full, `--unicodes=${unicodes}`, `--output-file=${SUBSET_FONTS[i]}`];
  const run = spawnSync('/usr/bin/python3', args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.error(`${SUBSET_FONTS[i]}`);
});
