/** The diff for the terminal: every edit listed, consequences cut short (the HTML report has all). */
import { formatInteger } from '../view/format.ts';
import type { SiteDiff } from './diff.ts';
import { describeSite, verdict, type Row } from './diff-describe.ts';

export interface TextOptions {
  /** What was compared with, e.g. the previous site's data folder. */
  publishedLabel: string;
  /** Rows shown per section before "… dan N lainnya". */
  limit?: number;
  /** Rows shown for minor sections (ranks that only moved along). */
  minorLimit?: number;
}

function rowLine(row: Row): string {
  const cells = row.cells.filter((c) => c.value !== '').map((c) => `${c.label} ${c.value}`);
  return `    ${row.region}: ${cells.join('; ')}`;
}

export function renderDiffText(diff: SiteDiff, { publishedLabel, limit = 30, minorLimit = 10 }: TextOptions): string[] {
  const lines = [`Dibandingkan dengan situs terbit: ${publishedLabel}`];
  const { rounds, unchanged } = describeSite(diff);
  for (const round of rounds) {
    lines.push('', round.headline);
    for (const section of round.sections) {
      const max = section.minor ? minorLimit : limit;
      lines.push(`  ${section.title} (${formatInteger(section.rows.length)}):`);
      for (const row of section.rows.slice(0, max)) lines.push(rowLine(row));
      const rest = section.rows.length - max;
      if (rest > 0) lines.push(`    … dan ${formatInteger(rest)} lainnya (lihat laporan HTML)`);
    }
  }
  if (unchanged) lines.push('', unchanged);
  lines.push('', verdict(diff));
  return lines;
}
