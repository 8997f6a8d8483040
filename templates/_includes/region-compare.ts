/**
 * One region's result beside its province's average and the national median of its kind (its ranks
 * are in the result's block above). The table's scrolling region is the section's one landmark.
 */
import { html, type Html } from '../../src/render/html.ts';
import type { Comparison } from '../../src/view/comparisons.ts';
import { formatInteger, formatScore, KIND_LABEL } from '../../src/view/format.ts';
import { change } from './zone.ts';

export function regionCompare(cmp: Comparison | null, regionName: string, provinceName: string | null): Html {
  if (!cmp || (cmp.provinceAverage === null && cmp.kindMedian === null)) return html`\n`;
  const kind = KIND_LABEL[cmp.kind].toLowerCase();
  return html`
<section class="compare" data-pagefind-ignore>
<h2 id="banding">Dibandingkan, ${cmp.year}</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="banding-cap">
<table>
<caption id="banding-cap">Nilai ${regionName} ${cmp.year} dibandingkan ${[cmp.provinceAverage !== null && 'rata-rata provinsi', cmp.kindMedian !== null && 'median nasional'].filter(Boolean).join(' dan ')}; selisih: nilai ${regionName} dikurangi nilai pembanding</caption>
<thead><tr><th scope="col">Pembanding</th><th scope="col" class="num">Nilai</th><th scope="col" class="num">Selisih</th></tr></thead>
<tbody>
<tr><th scope="row">${regionName}</th><td class="num">${formatScore(cmp.score)}</td><td class="num">–</td></tr>${
    cmp.provinceAverage !== null &&
    html`
<tr><th scope="row">Rata-rata ${formatInteger(cmp.provinceRankOf)} kabupaten/kota di ${provinceName}</th><td class="num">${formatScore(cmp.provinceAverage)}</td><td class="num">${change(cmp.provinceDiff)}</td></tr>`
  }${
    cmp.kindMedian !== null &&
    html`
<tr><th scope="row">Median nasional ${formatInteger(cmp.rankOf)} ${kind}</th><td class="num">${formatScore(cmp.kindMedian)}</td><td class="num">${change(cmp.kindDiff)}</td></tr>`
  }
</tbody>
</table>
</div>
</section>
`;
}
