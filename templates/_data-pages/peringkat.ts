/** One round (`/peringkat/YYYY/`): its bands, map, biggest changes and each kind's distribution, linking to each kind's ranking (peringkat-jenis.ts). */
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
import { category, roundTerm, zone } from '../_includes/zone.ts';

export function rankingPage(round: RoundPage, view: SiteView): Html {
  const by = roundTerm(round).toLowerCase();
  const head = {
    url: round.url,
    title: `Peringkat ${round.zones ? 'Kepatuhan ' : ''}${round.year}`,
    description: `Peringkat ${round.total} instansi${round.sample ? ' (sampel)' : ''} dalam ${round.title}: nilai, ${by} dan perubahan sejak penilaian sebelumnya.`,
    scripts: ['charts'] as const,
  };
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

<section aria-labelledby="jenis">
<h2 id="jenis">Peringkat per jenis instansi</h2>
<ul class="kinds">${round.sections.map((s) => html`<li><a href="${s.url}">${s.heading} (${formatInteger(s.rows.length)})</a></li>`)}</ul>
</section>${round.sections.map(
      (s) => html`
<section aria-labelledby="${s.kind}">
<h2 id="${s.kind}">${s.heading}</h2>
<p>${countsPhrase(round.categories, s.counts, formatInteger)} dari ${formatInteger(s.counts.total)}.${round.predicates.map((p) => html` ${p.label}: ${formatInteger(s.rows.filter((r) => r.predicate === p.label).length)}.`)}</p>
${distributionChart(view.charts.rounds[round.year]?.[s.kind])}
<p class="more"><a href="${s.url}">Peringkat lengkap ${formatInteger(s.rows.length)} ${s.heading.toLowerCase()} ${round.year}</a>, dengan saringan menurut nama${s.kind === 'kabupaten' || s.kind === 'kota' ? ', provinsi' : ''} dan ${by}.</p>
</section>`,
    )}
<p><a href="#isi">Kembali ke atas</a></p>
`,
  );
}
