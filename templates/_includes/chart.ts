/**
 * The charts. Every chart shares one frame: caption, text summary, the canvas that
 * assets/js/charts.js draws from the JSON block (never executed: CSP allows only 'self'
 * scripts), its downloads (PNG from the canvas, SVG from the same data: both made by the
 * script, so hidden without it), and a table with the same numbers. The table stays open
 * until the chart is drawn; without JavaScript it is all there is.
 */
import { html, trusted, type Html } from '../../src/render/html.ts';
import { jsonScript } from '../../src/render/json-script.ts';
import { type ChartData, type CompareFigure, type DistributionFigure, type Figure, type HistoryFigure, type ZonesFigure } from '../../src/view/charts.ts';
import { formatInteger, formatScore, KIND_LABEL } from '../../src/view/format.ts';
import { change, placement, rankOf, zoneCountCells } from './zone.ts';

function chartFigure(fig: Figure<ChartData, unknown>, table: Html): Html {
  return html`<figure class="chart" id="${fig.id}" data-chart="${fig.id}-data">
<figcaption id="${fig.id}-cap">${fig.caption}</figcaption>
<p class="chart-summary" id="${fig.id}-sum">${fig.summary}</p>
<div class="chart-box chart-${fig.data.type}" hidden>
<canvas role="img" aria-label="Grafik: ${fig.caption}. Ringkasannya di atas grafik; angkanya di tabel data grafik di bawahnya." aria-describedby="${fig.id}-sum" aria-details="${fig.id}-tabel"></canvas>
</div>
<p class="chart-download">Unduh grafik: <button type="button" class="copy" data-chart-download="png" aria-describedby="${fig.id}-cap">PNG</button><button type="button" class="copy" data-chart-download="svg" aria-describedby="${fig.id}-cap">SVG</button></p>
<details class="chart-data" open>
<summary>Tabel data grafik</summary>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${fig.id}-tcap">
<table id="${fig.id}-tabel" data-sortable>
<caption id="${fig.id}-tcap">Data grafik: ${fig.caption}</caption>
${table}
</table>
</div>
</details>
<script type="application/json" id="${fig.id}-data">${trusted(jsonScript(fig.data))}</script>
</figure>`;
}

/** Region page: score over rounds, bands behind it, national median of its kind; the first round of a new method marked. */
export function historyChart(fig: HistoryFigure | null): Html | null {
  const zoned = fig?.rows.some((r) => r.zone);
  return (
    fig &&
    chartFigure(
      fig,
      html`
<thead><tr><th scope="col" aria-sort="ascending">Putaran</th><th scope="col" class="num">Nilai</th><th scope="col">${fig.rows.every((r) => r.zone) ? 'Zona' : 'Zona / kategori'}</th><th scope="col" class="num">Median nasional</th>${zoned && html`<th scope="col" class="num">Zona Hijau mulai</th><th scope="col" class="num">Zona Kuning mulai</th>`}</tr></thead>
<tbody>${fig.rows.map(
        (r, i) => html`
<tr><th scope="row"><a href="${r.url}">${r.year}</a>${i > 0 && r.methodBreak && html` <span class="method-flag">metode berubah</span>`}</th><td class="num">${formatScore(r.score)}</td><td data-sort-value="${r.score}">${placement(r)}</td><td class="num">${formatScore(r.median)}</td>${zoned && html`<td class="num">${formatScore(r.hijauFrom)}</td><td class="num">${formatScore(r.kuningFrom)}</td>`}</tr>`,
      )}
</tbody>`,
    )
  );
}

/** Ranking page: how one kind's scores spread over 5-point ranges, by zone (or band). */
export function distributionChart(fig: DistributionFigure | null | undefined): Html | null {
  return fig
    ? chartFigure(
        fig,
        html`
<thead><tr><th scope="col" aria-sort="ascending">Rentang nilai</th>${fig.data.series.map((c) => html`<th scope="col" class="num">${c.label}</th>`)}<th scope="col" class="num">Jumlah</th></tr></thead>
<tbody>${fig.rows.map(
          (r) => html`
<tr><th scope="row" data-sort-value="${r.from}">${formatScore(r.from)}–${formatScore(r.to)}</th>${r.counts.counts.map((n) => html`<td class="num">${formatInteger(n)}</td>`)}<td class="num">${formatInteger(r.counts.total)}</td></tr>`,
        )}
</tbody>`,
      )
    : null;
}

/** Home and province pages: how many were in each zone, per round. */
export function zonesChart(fig: ZonesFigure | null | undefined): Html | null {
  return fig
    ? chartFigure(
        fig,
        html`
<thead><tr><th scope="col" aria-sort="ascending">Putaran</th><th scope="col" class="num">Zona Hijau</th><th scope="col" class="num">Zona Kuning</th><th scope="col" class="num">Zona Merah</th><th scope="col" class="num">Dinilai</th></tr></thead>
<tbody>${fig.rows.map(
          (r) => html`
<tr><th scope="row"><a href="${r.url}">${r.year}</a></th>${zoneCountCells(r.counts)}<td class="num">${formatInteger(r.counts.total)}</td></tr>`,
        )}
</tbody>`,
      )
    : null;
}

/** Province page: its kabupaten and kota side by side in one round. */
export function compareChart(fig: CompareFigure | null | undefined): Html | null {
  return fig
    ? chartFigure(
        fig,
        html`
<thead><tr><th scope="col" class="num" aria-sort="ascending">Peringkat di provinsi</th><th scope="col">Nama</th><th scope="col" class="num">Nilai</th><th scope="col">${fig.rows[0]?.zone ? 'Zona' : 'Kategori'}</th><th scope="col" class="num">Perubahan nilai</th><th scope="col" class="num">Peringkat nasional</th></tr></thead>
<tbody>${fig.rows.map(
          (r) => html`
<tr><td class="num" data-sort-value="${r.provinceRank}">${rankOf(r.provinceRank, r.provinceRankOf)}</td><th scope="row"><a href="${r.url}">${r.label}</a></th><td class="num">${formatScore(r.score)}</td><td data-sort-value="${r.score}">${placement(r)}</td><td class="num" data-sort-value="${r.scoreChange}">${change(r)}</td><td class="num" data-sort-value="${r.rank}">${formatInteger(r.rank)} dari ${formatInteger(r.rankOf)} ${KIND_LABEL[r.kind].toLowerCase()}</td></tr>`,
        )}
</tbody>`,
      )
    : null;
}
