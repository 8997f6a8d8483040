/** A province's kabupaten and kota compared (`/provinsi/<slug>/`, src/view/provinces.ts). */
import { html, type Html } from '../src/render/html.ts';
import { urls } from '../src/view/urls.ts';
import { formatInteger, formatScore } from '../src/view/format.ts';
import type { ProvincePage } from '../src/view/provinces.ts';
import type { SiteView } from '../src/view/site.ts';
import { base } from './_includes/base.ts';
import { compareChart, zonesChart } from './_includes/chart.ts';
import { countsPhrase } from '../src/view/categories.ts';

export function provincePage(province: ProvincePage, view: SiteView): Html {
  const l = province.latest;
  const head = { url: province.url, title: `Kabupaten dan kota di ${province.name}`, description: province.description, scripts: ['charts', 'sort'] as const };
  const perRound = (cell: (t: ProvincePage['timeline'][number]) => string) => province.timeline.map((t) => html`<td class="num">${cell(t)}</td>`);
  return base(
    view,
    head,
    html`
<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › <a href="${urls.provinces()}">Provinsi</a> › ${province.name}</nav>
<h1>Kabupaten dan kota di ${province.name}</h1>
<p class="meta">${formatInteger(province.registered)} kabupaten dan kota terdaftar.${province.regionUrl && html` Nilai pemerintah provinsinya sendiri ada di halaman <a href="${province.regionUrl}">${province.name}</a>.`}</p>

<section aria-labelledby="terbaru">
<h2 id="terbaru">Penilaian ${l?.year}</h2>
<dl class="facts">
<div><dt>Dinilai</dt><dd>${formatInteger(l?.rows.length)} dari ${formatInteger(province.registered)}</dd></div>
<div><dt>Rata-rata</dt><dd class="big">${formatScore(l?.mean)}</dd></div>
<div><dt>Median</dt><dd>${formatScore(l?.median)}</dd></div>
${l && html`<div><dt>Per ${l.zones ? 'zona' : 'kategori'}</dt><dd>${countsPhrase(l.categories, l.counts, formatInteger).replaceAll(', ', ' · ')}</dd></div>`}
</dl>${
      l?.sample &&
      html`
<p class="note sample-round">Putaran ${l.year} hanya menilai sampel: rata-rata dan median di atas mencakup ${formatInteger(l.rows.length)} kabupaten/kota yang dinilai, bukan semua ${formatInteger(province.registered)} yang terdaftar.</p>`
    }
<p>Peringkat lengkap semua daerah: <a href="${l?.url}">Peringkat ${l?.year}</a>.</p>
${compareChart(province.compare)}
</section>

<section aria-labelledby="putaran">
<h2 id="putaran">Dari putaran ke putaran</h2>
${zonesChart(province.zones)}

<h3 id="nilai-per-putaran">Nilai setiap kabupaten dan kota per putaran</h3>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="nilai-per-putaran-cap">
<table data-sortable>
<caption id="nilai-per-putaran-cap">Nilai kabupaten dan kota di ${province.name}, ${province.timeline[0]?.year}–${l?.year} (– berarti tidak dinilai)${province.timeline.some((t) => t.methodChange) && '; kolom dengan metode baru tidak sebanding dengan kolom sebelumnya'}</caption>
<thead><tr><th scope="col">Nama</th>${province.timeline.map((t) => html`<th scope="col" class="num">${t.year}${t.methodChange && html` <span class="method-flag">metode baru</span>`}</th>`)}</tr></thead>
<tbody>${province.members.map(
      (m) => html`
<tr><th scope="row"><a href="${m.url}">${m.label}</a></th>${m.scores.map((s) => html`<td class="num">${formatScore(s)}</td>`)}</tr>`,
    )}
</tbody>
<tfoot>
<tr><th scope="row">Rata-rata kabupaten/kota</th>${perRound((t) => formatScore(t.mean))}</tr>
<tr><th scope="row">Jumlah dinilai</th>${perRound((t) => formatInteger(t.assessed))}</tr>
<tr><th scope="row">${province.name} (pemerintah provinsi)</th>${perRound((t) => formatScore(t.provinceScore))}</tr>
</tfoot>
</table>
</div>
</section>
`,
  );
}
