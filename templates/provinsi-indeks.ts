/** Every province page A–Z (`/provinsi/`): its kabupaten and kota in the latest round they were assessed. */
import { html, type Html } from '../src/render/html.ts';
import { formatInteger, formatScore } from '../src/view/format.ts';
import { countsPhrase } from '../src/view/categories.ts';
import { provinceMapFigure } from './_includes/province-map.ts';
import { urls } from '../src/view/urls.ts';
import type { SiteView } from '../src/view/site.ts';
import { base } from './_includes/base.ts';

export function provinceIndexPage(view: SiteView): Html {
  const provinces = view.provinceIndex;
  const head = {
    url: urls.provinces(),
    title: 'Kabupaten dan kota per provinsi',
    description: 'Setiap provinsi dengan rata-rata, median dan sebaran zona kabupaten dan kotanya pada penilaian terakhir, dan tautan ke perbandingannya.',
    scripts: ['sort'] as const,
  };
  const zoned = provinces.map((p) => p.latest?.zones ?? true);
  const spread = zoned.every(Boolean) ? 'Sebaran zona' : zoned.some(Boolean) ? 'Sebaran zona atau kategori' : 'Sebaran kategori';
  return base(
    view,
    head,
    html`<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › Provinsi</nav>
<h1>Kabupaten dan kota per provinsi</h1>
<p class="lead">${formatInteger(provinces.length)} provinsi, urut abjad. Halaman setiap provinsi membandingkan kabupaten dan kotanya dari putaran ke putaran; nilai pemerintah provinsi sendiri ada di <a href="${view.roundIndex[0]?.url ?? urls.rounds()}">peringkat</a>.</p>
${provinceMapFigure(view.provinceMaps[String(view.rounds.at(-1)?.year)], 'peta-provinsi', false)}
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="provinsi-cap">
<table data-sortable>
<caption id="provinsi-cap">Kabupaten dan kota per provinsi pada penilaian terakhir masing-masing</caption>
<thead><tr><th scope="col">Provinsi</th><th scope="col" class="num">Putaran</th><th scope="col" class="num">Dinilai</th><th scope="col" class="num">Rata-rata</th><th scope="col" class="num">Median</th><th scope="col">${spread}</th></tr></thead>
<tbody>${provinces.map((p) => {
      const l = p.latest;
      return html`
<tr><th scope="row"><a href="${p.url}">${p.shortName}</a></th><td class="num">${l?.year ?? '–'}</td><td class="num" data-sort-value="${l?.rows.length ?? ''}">${formatInteger(l?.rows.length)} <span class="muted">dari ${formatInteger(p.registered)}</span></td><td class="num" data-sort-value="${l?.mean ?? ''}">${formatScore(l?.mean)}</td><td class="num" data-sort-value="${l?.median ?? ''}">${formatScore(l?.median)}</td><td>${l ? countsPhrase(l.categories, l.counts, formatInteger) : '–'}</td></tr>`;
    })}
</tbody>
</table>
</div>
`,
  );
}
