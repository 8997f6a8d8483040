/**
 * The diff as one standalone HTML page for staff (not part of the site, never linked from it).
 * Everything comes from staff's files, so every piece of text is escaped.
 */
import type { SiteDiff } from './diff.ts';
import { describeSite, verdict, type Section } from './diff-describe.ts';
import { escapeHtml } from '../view/escape.ts';

// No scripts, no external resources: the page works opened straight from disk.
const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
h2{margin-top:2rem;border-bottom:2px solid #d0d7de}h3{font-size:1rem;margin:1rem 0 .25rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;padding:.25rem .5rem;border-top:1px solid #d0d7de;vertical-align:top}
thead th{background:#f5f7f9}.periksa h3{color:#8a1c17}.periksa table{border-left:4px solid #c62a22}.note{color:#56606b}`;

function sectionHtml(year: number, s: Section): string {
  const labels = s.rows[0]!.cells.map((c) => c.label);
  const head = `<tr><th scope="col">wilayah</th>${labels.map((l) => `<th scope="col">${escapeHtml(l)}</th>`).join('')}</tr>`;
  const body = s.rows
    .map((r) => `<tr><th scope="row">${escapeHtml(r.region)}</th>${r.cells.map((c) => `<td>${escapeHtml(c.value || '–')}</td>`).join('')}</tr>`)
    .join('\n');
  return `<section class="${s.id}" id="p${year}-${s.id}">\n<h3>${escapeHtml(s.title)} (${s.rows.length})</h3>\n<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>\n</section>`;
}

export function renderDiffHtml(diff: SiteDiff, { publishedLabel }: { publishedLabel: string }): string {
  const { rounds: described, unchanged } = describeSite(diff);
  const rounds = described
    .map((r) => [`<h2 id="p${r.year}">${escapeHtml(r.headline)}</h2>`, ...r.sections.map((s) => sectionHtml(r.year, s))].join('\n'))
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Perbandingan sebelum terbit</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Perbandingan sebelum terbit</h1>
<p class="note">Data yang akan diterbitkan dibandingkan dengan situs terbit: <code>${escapeHtml(publishedLabel)}</code>. Laporan ini untuk staf; jangan diunggah bersama situs.</p>
<p><strong>${escapeHtml(verdict(diff))}</strong></p>
${rounds}${unchanged ? `\n<p>${escapeHtml(unchanged)}</p>` : ''}
</body>
</html>
`;
}
