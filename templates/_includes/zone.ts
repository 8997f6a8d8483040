/** A zone badge, and score and rank changes: text and shape as well as colour, so they read in greyscale and aloud. */
import { html, type Html } from '../../src/render/html.ts';
import { formatChange, formatInteger, formatPercent, formatRankChange, ZONE_LABEL } from '../../src/view/format.ts';
import { ZONES, type Zone } from '../../src/types.ts';
import type { ZoneCounts } from '../../src/model/aggregates.ts';

export function zone(z: Zone, band?: string | null, grade?: string | null): Html {
  return html`<span class="zone zone-${z}"><span class="zone-mark" aria-hidden="true"></span>${ZONE_LABEL[z]}${band && html`<span class="band"> · ${grade && html`${grade} · `}${band}</span>`}</span>`;
}

/** A table cell per zone, green to red: its count and share of the total, "499 (88%)". */
export function zoneCountCells(counts: ZoneCounts): Html[] {
  return ZONES.map((z) => html`<td class="num">${formatInteger(counts[z])} <span class="muted">(${formatPercent(counts[z], counts.total)})</span></td>`);
}

/** A score change, "baru" when there is no earlier score. */
export function change(n: number | null): Html {
  return n === null ? html`<span class="muted">baru</span>` : html`<span class="delta ${direction(n)}">${formatChange(n)}</span>`;
}

/** A rank change in words ("naik 3"), "–" when there is no earlier rank. */
export function rankMove(n: number | null): Html {
  return n === null ? html`<span class="muted">–</span>` : html`<span class="delta ${direction(n)}">${formatRankChange(n)}</span>`;
}

function direction(n: number): string {
  return n > 0 ? 'up' : n < 0 ? 'down' : 'same';
}
