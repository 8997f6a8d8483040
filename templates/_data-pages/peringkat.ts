/** The rankings of one round (`/peringkat/YYYY/`): every kind, every region, with its zone (or opinion) and changes. */
import { html, trusted, type Html } from '../../src/render/html.ts';
import { urls } from '../../src/view/urls.ts';
import { formatDate, formatInteger, formatScore } from '../../src/view/format.ts';
import { countsPhrase } from '../../src/view/categories.ts';
import type { RoundPage } from '../../src/view/pages.ts';
import type { SiteView } from '../../src/view/site.ts';
import { base } from '../_includes/base.ts';
import { distributionChart } from '../_includes/chart.ts';
import { roundChanges } from '../_includes/round-changes.ts';
import { methodNote, sampleNote } from '../_includes/round-notes.ts';
import { provinceMapFigure } from '../_includes/province-map.ts';
import { category, change, placement, rankMove, rankOf, zone } from '../_includes/zone.ts';

export function rankingPage(round: RoundPage, view: SiteView): Html {
  const by = round.zones ? 'zona' : round.predicates.length > 0 ? 'opini' : 'kategori';
  const head = {
    url: round.url,
    title: `Peringkat ${round.zones ? 'Kepatuhan ' : ''}${round.year}`,
    description: `Peringkat ${round.total} instansi${round.sample ? ' (sampel)' : ''} dalam ${round.title}: nilai, ${by} dan perubahan sejak penilaian sebelumnya.`,
    scripts: ['charts', 'sort'] as const,
  };
  // A new method leaves nothing to compare with: no change columns at all rather than a column of dashes.
  const changes = round.methodChange === null;
  return base(
    view,
    head,
    html`
<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › <a href="${urls.rounds()}">Peringkat</a> › ${round.year}</nav>
<h1>${round.title}</h1>
<p class="lead">${formatInteger(round.total)} instansi dinilai${round.published && html`; hasil diumumkan ${formatDate(round.published)}`}.${round.source && html` <a href="${round.source}">Publikasi resmi</a>.`}
Unduh: <a href="${round.csvUrl}">CSV</a> · <a href="${round.jsonUrl}">JSON</a>.</p>${sampleNote(round, round.coverage)}${methodNote(round)}
<nav class="rounds" aria-label="Putaran penilaian">
<ul>${view.rounds.map((r) => html`<li>${r.year === round.year ? html`<span aria-current="page">${r.year}</span>` : html`<a href="${r.url}">${r.year}</a>`}</li>`)}</ul>
</nav>${
      round.html &&
      html`
<div class="prose">${trusted(round.html)}</div>`
    }

<section aria-labelledby="band">
<h2 id="band">Kategori nilai</h2>${
      !round.zones &&
      html`
<p>Hasil putaran ini dikelompokkan menurut kategori, dari tertinggi ke terendah.</p>`
    }
<ul class="bands">${round.bands.map(
      (b) => html`
<li>${b.zone ? zone(b.zone, b.label, b.grade) : category({ tone: b.tone, label: b.label })} nilai ${formatScore(b.min)}–${formatScore(b.max)}</li>`,
    )}
</ul>${
      round.predicates.length > 0 &&
      html`
<p>Predikat yang dapat menyertai kategori: ${round.predicates.map((p, i) => html`${i > 0 && '; '}<strong>${p.label}</strong> (${formatInteger(p.count)} dari ${formatInteger(round.total)} instansi)`)}.</p>`
    }
</section>

<section aria-labelledby="peta">
<h2 id="peta">Provinsi</h2>
${provinceMapFigure(view.provinceMaps[round.year], 'peta-provinsi')}
</section>${roundChanges(round)}

<nav aria-label="Jenis instansi" class="toc"><ul>${round.sections.map((s) => html`<li><a href="#${s.kind}">${s.heading} (${formatInteger(s.rows.length)})</a></li>`)}</ul></nav>${round.sections.map(
      (s) => {
        const withProvince = s.kind === 'kabupaten' || s.kind === 'kota';
        return html`
<section aria-labelledby="${s.kind}">
<h2 id="${s.kind}">${s.heading}</h2>
<p>${countsPhrase(round.categories, s.counts, formatInteger)} dari ${formatInteger(s.counts.total)}.${round.predicates.map((p) => html` ${p.label}: ${formatInteger(s.rows.filter((r) => r.predicate === p.label).length)}.`)}</p>
${distributionChart(view.charts.rounds[round.year]?.[s.kind])}
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${s.kind}-cap">
<table class="ranking" data-sortable>
<caption id="${s.kind}-cap">Peringkat ${s.heading} ${round.year}</caption>
<thead><tr>
<th scope="col" class="num" aria-sort="ascending">Peringkat</th><th scope="col">Nama</th>${withProvince && html`<th scope="col">Provinsi</th>`}<th scope="col" class="num">Nilai</th><th scope="col">${round.zones ? 'Zona' : by === 'opini' ? 'Opini' : 'Kategori'}</th>${changes && html`<th scope="col" class="num">Perubahan nilai</th><th scope="col">Perubahan peringkat</th>`}
</tr></thead>
<tbody>${s.rows.map((r) => {
          const pl = withProvince ? view.provinceLinks[r.code] : undefined;
          return html`
<tr><td class="num" data-sort-value="${r.rank}">${rankOf(r.rank, r.rankOf)}</td><th scope="row"><a href="${r.url}">${r.label}</a></th>${withProvince && html`<td>${pl ? html`<a href="${pl.url}">${r.provinceName}</a>` : r.provinceName}</td>`}<td class="num">${formatScore(r.score)}</td><td data-sort-value="${r.score}">${placement(r, true, false)}</td>${changes && html`<td class="num" data-sort-value="${r.scoreChange}">${change(r)}</td><td data-sort-value="${r.rankChange}">${rankMove(r)}</td>`}</tr>`;
        })}
</tbody>
</table>
</div>
</section>`;
      },
    )}
<p><a href="#isi">Kembali ke atas</a></p>
`,
  );
}
