/** The home page: the latest round at a glance. */
import { html, type Html } from '../src/render/html.ts';
import { urls } from '../src/view/urls.ts';
import { formatDate, formatInteger, formatScore } from '../src/view/format.ts';
import type { Row } from '../src/view/pages.ts';
import type { SiteView } from '../src/view/site.ts';
import { base } from './_includes/base.ts';
import { zonesChart } from './_includes/chart.ts';
import { categoryCountCells, change, placement } from './_includes/zone.ts';
import { methodNote, sampleNote } from './_includes/round-notes.ts';
import { provinceMapFigure } from './_includes/province-map.ts';

export function homePage(view: SiteView): Html {
  const home = view.home;
  const head = { url: '/', scripts: ['charts', 'sort'] as const };
  if (!home) {
    return base(
      view,
      head,
      html`
<h1>${view.site.title}</h1>
<p>Belum ada hasil penilaian.</p>
`,
    );
  }
  const year = home.round.year;
  const by = home.round.zones ? 'zona' : 'kategori';
  const listed = (rows: readonly Row[]) =>
    rows.map(
      (r) =>
        html`<li><span class="rank">${r.rank}.</span> <a href="${r.url}">${r.label}</a> <span class="score">${formatScore(r.score)}</span> ${placement(r, false, false)}</li>`,
    );
  const moved = (rows: readonly Row[]) =>
    rows.map(
      (r) =>
        html`<li><a href="${r.url}">${r.label}</a> ${change(r.scoreChange)} <span class="muted">(${formatScore(r.previousScore)} → ${formatScore(r.score)}, ${r.previousYear}–${year})</span></li>`,
    );
  return base(
    view,
    head,
    html`
<h1>${home.round.zones ? `Kepatuhan Standar Pelayanan Publik ${year}` : home.round.title}</h1>
<p class="headline">${home.headline}</p>
${findRegion(view)}
<p class="lead">${home.round.zones ? html`${home.round.title}${home.round.published && html`, diumumkan ${formatDate(home.round.published)}`}` : html`${home.round.published ? html`Diumumkan ${formatDate(home.round.published)}` : `Putaran ${year}`}`}. ${formatInteger(home.total)} instansi dinilai${home.round.sample && ' (sampel)'}. <a href="${home.round.url}">Lihat peringkat lengkap ${year}</a>, <a href="${urls.rounds()}">semua putaran</a>, atau <a href="${urls.provinces()}">kabupaten dan kota per provinsi</a>.</p>${sampleNote(home.round, home.coverage)}${methodNote({ ...home.round, methodChange: home.methodChange })}

<section aria-labelledby="peta">
<h2 id="peta">Provinsi ${year}</h2>
${provinceMapFigure(view.provinceMaps[year], 'peta-provinsi')}
</section>

<section>
<h2 id="zona">Sebaran ${by} ${year}</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="zona-cap">
<table>
<caption id="zona-cap">Jumlah instansi per ${by} menurut jenis, ${year}</caption>
<thead><tr><th scope="col">Jenis</th>${home.categories.map((c) => html`<th scope="col" class="num">${c.label}</th>`)}<th scope="col" class="num">Jumlah</th></tr></thead>
<tbody>${home.countsByKind.map(
      ({ heading, counts: c }) => html`
<tr><th scope="row">${heading}</th>${categoryCountCells(c)}<td class="num">${formatInteger(c.total)}</td></tr>`,
    )}
</tbody>
</table>
</div>
</section>

<section aria-labelledby="ekstrem">
<h2 id="ekstrem">Tertinggi dan terendah ${year}</h2>
<div class="cards">${home.extremes.map(
      (e) => html`
<article class="card">
<h3>${e.heading}</h3>${
        e.bottom.length === 0
          ? html`
${e.top.length > 1 && html`<h4>Semua ${formatInteger(e.top.length)}, dari nilai tertinggi</h4>`}
<ol class="ranklist">${listed(e.top)}
</ol>`
          : html`
<h4>Tertinggi</h4>
<ol class="ranklist">${listed(e.top)}
</ol>
<h4>Terendah</h4>
<ol class="ranklist">${listed(e.bottom)}
</ol>`
      }
</article>`,
    )}
</div>
</section>${
      (home.movers.up.length > 0 || home.movers.down.length > 0) &&
      html`
<section aria-labelledby="gerak">
<h2 id="gerak">Perubahan terbesar sejak penilaian sebelumnya</h2>
<div class="cards">
<article class="card">
<h3>Naik paling banyak</h3>
<ol class="ranklist">${moved(home.movers.up)}</ol>
</article>
<article class="card">
<h3>Turun paling banyak</h3>
<ol class="ranklist">${moved(home.movers.down)}</ol>
</article>
</div>
</section>`
    }

${
  view.charts.home &&
  html`<section>
<h2 id="riwayat">Zona dari putaran ke putaran</h2>
${zonesChart(view.charts.home)}
</section>`
}
`,
  );
}

/**
 * "Cari wilayah Anda": without JavaScript a plain GET to the A–Z list of every region; with it,
 * assets/search.js runs the site's one search (Pagefind) in place of the form.
 */
function findRegion(view: SiteView): Html {
  return html`<form class="find-region" action="${view.reuse.regionIndexUrl}" method="get" role="search" aria-labelledby="cari-wilayah-label" data-search>
<label id="cari-wilayah-label" for="cari-wilayah">Cari wilayah Anda</label>
<div class="find-row"><input id="cari-wilayah" name="q" type="search" autocomplete="off" aria-describedby="cari-wilayah-contoh"><button type="submit">Cari</button></div>
<p id="cari-wilayah-contoh" class="small muted">Nama kabupaten, kota, provinsi, kementerian atau lembaga, atau kodenya: misalnya Bogor, Jabar, Kemenkes.</p>
</form>`;
}
