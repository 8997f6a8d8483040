/**
 * A result's headline figures as one block (region page and per-round page): score, zone or
 * opinion, ranks with the size of their group, change. One box rather than a card each, so a
 * phone shows them together; the badge has a line of its own.
 */
import { html, type Html } from '../../src/render/html.ts';
import { formatInteger, formatScore } from '../../src/view/format.ts';
import type { HistoryRow } from '../../src/view/pages.ts';
import { change, placement, placementTerm, rankMove } from './zone.ts';

/** `kindLabel`: "Kota"; `changed`: the change since the previous round (`changeSince`). */
export function resultFacts(r: HistoryRow, kindLabel: string, changed: Html): Html {
  return html`
<dl class="facts result">
<div class="result-score"><dt>Nilai</dt><dd class="big">${formatScore(r.score)}</dd></div>
<div class="result-placement"><dt>${placementTerm(r)}</dt><dd>${placement(r, true, false)}</dd></div>
<div${r.provinceRank === null && html` class="result-wide"`}><dt>Peringkat nasional</dt><dd>${formatInteger(r.rank)} dari ${formatInteger(r.rankOf)} ${kindLabel.toLowerCase()}</dd></div>${
    r.provinceRank !== null &&
    html`
<div><dt>Peringkat di provinsi</dt><dd>${formatInteger(r.provinceRank)} dari ${formatInteger(r.provinceRankOf)} kabupaten/kota</dd></div>`
  }
<div class="result-change"><dt>Perubahan</dt><dd>${changed}</dd></div>
</dl>${
    r.dimensionValues.length > 0 &&
    html`
<h3>Nilai per dimensi ${r.year}</h3>
<dl class="facts small">${r.dimensionValues.map((d) => html`<div><dt>${d.label}</dt><dd>${formatScore(d.value)}</dd></div>`)}
</dl>`
  }`;
}

/** The result against the previous one of the same method, or why there is none to compare with. */
export function changeSince(l: HistoryRow, earlierYear: number | null, previousUrl: string | null = null): Html {
  if (l.methodBreak) {
    return html`<span class="muted">metode penilaian berubah pada ${l.year}: nilai dan peringkat tidak dibandingkan dengan ${earlierYear ?? 'putaran sebelumnya'}</span>`;
  }
  if (l.previousYear === null) return html`<span class="muted">belum ada penilaian sebelumnya</span>`;
  return html`${change(l)} poin, peringkat ${rankMove(l)} sejak ${previousUrl ? html`<a href="${previousUrl}">${l.previousYear}</a>` : l.previousYear}`;
}
