/** A region's page (`/wilayah/<slug>/`): its latest result, history, chart, narratives, and how to cite and reuse it. */
import { html, trusted, type Html } from '../../src/render/html.ts';
import { formatScore } from '../../src/view/format.ts';
import type { RegionPage } from '../../src/view/pages.ts';
import type { SiteView } from '../../src/view/site.ts';
import { base } from '../_includes/base.ts';
import { historyChart } from '../_includes/chart.ts';
import { corrections } from '../_includes/corrections.ts';
import { regionCompare } from '../_includes/region-compare.ts';
import { regionReuse } from '../_includes/region-reuse.ts';
import { locatorMap } from '../_includes/province-map.ts';
import { change, placement, rankOf } from '../_includes/zone.ts';
import { changeSince, resultFacts } from '../_includes/result-facts.ts';

export function regionPage(region: RegionPage, view: SiteView): Html {
  // Made here, for this page only, and let go with it.
  const { reuse, share } = view.reuse.region(region);
  const head = { url: region.url, title: region.name, description: region.description, scripts: ['charts', 'sort', 'copy'] as const, pageShare: share };
  const l = region.latest;
  const provinceLink = view.provinceLinks[region.code];
  const history = region.history;
  const newest = view.rounds[view.rounds.length - 1];
  // Not assessed in the latest round (a sample, or left out): say so, and which round the figures are from.
  const notAssessed = l && newest && newest.year !== l.year ? newest : null;
  // Where the region is, and the way to its neighbours: after the result, which a phone shows first.
  const whereabouts = html`${locatorMap(region.provinceCode, region.province?.name ?? region.name)}${
    provinceLink &&
    html`
<p class="province-link"><a href="${provinceLink.url}">${provinceLink.text}</a></p>`
  }`;
  const summary = l
    ? html`${
        notAssessed &&
        html`
<p class="note not-assessed"><strong>${region.name} tidak dinilai pada ${notAssessed.year}</strong>${notAssessed.sample ? ' (putaran itu hanya menilai sampel instansi)' : ''}. Angka di bawah berasal dari penilaian ${l.year}.</p>`
      }
<section class="summary" aria-labelledby="ringkas">
<h2 id="ringkas">Penilaian ${l.year}</h2>${resultFacts(l, region.kindLabel, changeSince(l, history[1]?.year ?? null))}
</section>${whereabouts}${regionCompare(reuse.compare, region.name, region.province ? region.province.name : null)}

${historyChart(view.charts.region(region))}

<section>
<h2 id="riwayat">Riwayat penilaian</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="riwayat-cap">
<table>
<caption id="riwayat-cap">Nilai, ${history.some((h) => !h.zone) ? 'zona atau kategori' : 'zona'} dan peringkat ${region.name} di setiap putaran${history.some((h) => h.methodBreak) ? '; nilai dari metode yang berbeda tidak dibandingkan' : ''}</caption>
<thead><tr><th scope="col">Putaran</th><th scope="col" class="num">Nilai</th><th scope="col">${history.some((h) => !h.zone) ? 'Zona / kategori' : 'Zona'}</th><th scope="col" class="num">Peringkat</th>${region.province && html`<th scope="col" class="num">Peringkat provinsi</th>`}<th scope="col" class="num">Perubahan</th><th scope="col" class="num">Median nasional</th></tr></thead>
<tbody>${history.map(
        (h) => html`
<tr${h.methodBreak && html` class="method-start"`}><th scope="row"><a href="${h.roundUrl}">${h.year}</a>${h.methodBreak && html` <span class="method-flag">metode baru</span>`}</th><td class="num">${formatScore(h.score)}</td><td>${placement(h)}</td><td class="num">${rankOf(h.rank, h.rankOf)}</td>${region.province && html`<td class="num">${rankOf(h.provinceRank, h.provinceRankOf)}</td>`}<td class="num">${change(h)}</td><td class="num">${formatScore(h.kindMedian)}</td></tr>`,
      )}
</tbody>
</table>
</div>
</section>`
    : html`${whereabouts}
<p>Belum ada nilai penilaian untuk ${region.name}.</p>`;
  return base(
    view,
    head,
    html`
<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › ${region.province && html`<a href="${region.province.url}">${region.province.name}</a> › `}${region.name}</nav>
<h1>${region.name}</h1>
<p class="meta">${region.kindLabel}${region.province && html` di ${region.province.name}`} · kode <span class="code">${region.code}</span></p>${summary}${corrections(region.corrections)}${region.narratives.map(
      (n) => html`
<section class="prose narrative" aria-label="${n.title || `Catatan ${n.year || 'umum'}`}">${n.title ? html`<h2>${n.title}</h2>` : n.year ? html`<h2>Catatan putaran ${n.year}</h2>` : html`<h2>Profil</h2>`}
${trusted(n.html)}
</section>`,
    )}${regionReuse(region, reuse, view)}
`,
  );
}
