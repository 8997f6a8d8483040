/**
 * One kind's ranking in a round (`/peringkat/2024/kabupaten/`): every result of that kind, a
 * row each, small enough for a phone (rows carry no attribute a reader does not need; no chart,
 * so no chart code: the distribution is on the round's page; docs/performance.md, "Phones").
 * A filter by name, province and zone (src/client/filter.ts) is shown once its script runs;
 * without it, every row is there.
 */
import { html, type Html } from '../../src/render/html.ts';
import { urls } from '../../src/view/urls.ts';
import { formatChange, formatInteger, formatRankChange, formatScore, ZONE_NAME } from '../../src/view/format.ts';
import { countsPhrase } from '../../src/view/categories.ts';
import type { KindSection, RoundPage, Row } from '../../src/view/pages.ts';
import type { SiteView } from '../../src/view/site.ts';
import { base } from '../_includes/base.ts';
import { methodNote, sampleNote } from '../_includes/round-notes.ts';
import { categoryCell, rankMoveKind, roundTerm } from '../_includes/zone.ts';

export interface KindRanking {
  url: string;
  round: RoundPage;
  section: KindSection;
}

export function kindRankingPage({ url, round, section: s }: KindRanking, view: SiteView): Html {
  const term = roundTerm(round);
  const changes = round.methodChange === null;
  const provinces = [...new Set(s.rows.flatMap((r) => (r.provinceName && r.kind !== 'provinsi' ? [r.provinceName] : [])))].sort((a, b) =>
    a.localeCompare(b, 'id'),
  );
  const head = {
    url,
    title: `Peringkat ${s.heading} ${round.year}`,
    description: `Peringkat ${formatInteger(s.rows.length)} ${s.heading.toLowerCase()} dalam ${round.title}: nilai, ${term.toLowerCase()}${changes ? ' dan perubahan sejak penilaian sebelumnya' : ''}.`,
    scripts: ['sort', 'filter'] as const,
  };
  return base(
    view,
    head,
    html`
<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › <a href="${urls.rounds()}">Peringkat</a> › <a href="${round.url}">${round.year}</a> › ${s.heading}</nav>
<h1>Peringkat ${s.heading} ${round.year}</h1>
<p class="lead">${formatInteger(s.rows.length)} ${s.heading.toLowerCase()} dinilai dalam <a href="${round.url}">${round.title}</a>. ${countsPhrase(round.categories, s.counts, formatInteger)} (<a href="${round.url}#${s.kind}">sebaran nilainya</a>). Unduh: <a href="${round.csvUrl}">CSV</a> · <a href="${round.jsonUrl}">JSON</a>.</p>${sampleNote(round, round.coverage)}${methodNote(round)}
<nav class="rounds" aria-label="Jenis instansi ${round.year}">
<ul>${round.sections.map((k) => html`<li>${k.kind === s.kind ? html`<span aria-current="page">${k.heading}</span>` : html`<a href="${k.url}">${k.heading}</a>`}</li>`)}</ul>
</nav>
<div class="filter" role="group" hidden aria-label="Saring peringkat">
<p><label for="f-nama">Nama</label> <input id="f-nama" name="nama" type="search" autocomplete="off" data-key="name"></p>${
      provinces.length > 1 &&
      html`
<p><label for="f-provinsi">Provinsi</label> <select id="f-provinsi" name="provinsi" data-key="province"><option value="">Semua provinsi</option>${provinces.map((p) => html`<option>${p}</option>`)}</select></p>`
    }
<p><label for="f-kategori">${term}</label> <select id="f-kategori" name="${term.toLowerCase()}" data-key="tone"><option value="">Semua</option>${round.categories.map((c) => html`<option value="${c.tone}">${c.label}</option>`)}</select></p>
<p class="filter-status" role="status"></p>
</div>
<table class="ranking kind-ranking" data-sortable data-filterable>
<caption>Peringkat ${s.heading} ${round.year}${provinces.length > 1 ? ' (nama dengan provinsinya)' : ''}</caption>
<thead><tr><th scope="col" aria-sort="ascending">Peringkat</th><th scope="col">Nama</th><th scope="col" class="num">Nilai</th><th scope="col" data-sort="none">${term}</th>${changes && html`<th scope="col" class="num">Perubahan</th>`}</tr></thead>
<tbody>${s.rows.map((r) => row(r, changes))}
</tbody>
</table>
<p><a href="#isi">Kembali ke atas</a> · <a href="${round.url}">Semua jenis instansi ${round.year}</a></p>
`,
  );
}

/** A row: rank "dari N", name with its province, score, zone (or opinion) and change, nothing more. */
function row(r: Row, changes: boolean): Html {
  const province = r.kind === 'kabupaten' || r.kind === 'kota' ? r.provinceName : null;
  return html`
<tr><td>${formatInteger(r.rank)} ${ofSize(r.rankOf)}</td><th scope="row"><a href="${r.url}">${r.label}</a>${province && html` <small>${province}</small>`}</th><td>${formatScore(r.score)}</td>${categoryCell(r.tone, r.zone ? ZONE_NAME[r.zone] : r.opinion)}${changes && html`<td>${change(r)}</td>`}</tr>`;
}

/**
 * Score change, then the rank move below it: "naik 3", or the earlier rank with its size when
 * the groups differ (rankMoveKind). Plain text, no badges: a national ranking has thousands of rows.
 */
function change(r: Row): Html {
  const kind = rankMoveKind(r);
  if (kind === 'method') return html`metode berubah`;
  if (kind === 'none' || r.scoreChange === null) return html`baru`;
  const move = kind === 'both ranks' ? `${r.previousYear}: ${formatInteger(r.previousRank)} ${ofSize(r.previousRankOf)}` : formatRankChange(r.rankChange);
  return html`${formatChange(r.scoreChange)} <small>${move}</small>`;
}

/** "dari 416", kept on one line (a no-break space), so a narrow column breaks only after the rank. */
const ofSize = (n: number | null) => `dari\u00a0${formatInteger(n)}`;
