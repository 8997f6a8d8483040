/** A round's biggest movers and zone (or band) changes since each region's previous result of the same method. */
import { html, type Html } from '../../src/render/html.ts';
import { formatInteger, formatScore, ZONE_LABEL } from '../../src/view/format.ts';
import type { RoundPage } from '../../src/view/pages.ts';
import { categoryCell, change, placement, rankMove } from './zone.ts';

/** Zone moves listed on a round's page, biggest first: a page a phone can load, however many moved (the count says how many). */
const ZONE_MOVES_SHOWN = 100;

export function roundChanges(round: RoundPage): Html {
  const c = round.changes;
  if (!(c.up.length || c.down.length || c.zoneUp.length || c.zoneDown.length)) return html`\n`;
  const movers = [
    { id: 'naik', title: 'Naik paling banyak', rows: c.up },
    { id: 'turun', title: 'Turun paling banyak', rows: c.down },
  ];
  const by = round.zones ? 'zona' : 'kategori';
  const zoneMoves = [
    { id: 'zona-naik', title: `Pindah ke ${by} lebih baik`, rows: c.zoneUp },
    { id: 'zona-turun', title: `Pindah ke ${by} lebih buruk`, rows: c.zoneDown },
  ];
  const label = round.zones ? 'Zona' : 'Kategori';
  return html`
<section aria-labelledby="perubahan" data-pagefind-ignore>
<h2 id="perubahan">Perubahan sejak penilaian sebelumnya</h2>
<p>Dibandingkan dengan nilai terakhir setiap instansi sebelum ${round.year} (putaran sebelumnya tempat instansi itu dinilai dengan metode yang sama), untuk semua jenis instansi.</p>${movers.map(
    (list) =>
      list.rows.length > 0 &&
      html`
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${list.id}-cap">
<table>
<caption id="${list.id}-cap">${list.title} ${round.year} (${formatInteger(list.rows.length)} teratas)</caption>
<thead><tr><th scope="col">Nama</th><th scope="col" class="num">Sebelumnya</th><th scope="col" class="num">Nilai ${round.year}</th><th scope="col" class="num">Perubahan nilai</th><th scope="col">Perubahan peringkat</th><th scope="col">${label} ${round.year}</th></tr></thead>
<tbody>${list.rows.map(
        (r) => html`
<tr><th scope="row"><a href="${r.url}">${r.label}</a></th><td class="num">${formatScore(r.previousScore)} <span class="muted">(${r.previousYear})</span></td><td class="num">${formatScore(r.score)}</td><td class="num">${change(r)}</td><td>${rankMove(r)}</td><td>${placement(r, false)}</td></tr>`,
      )}
</tbody>
</table>
</div>`,
  )}${zoneMoves.map(
    (list) =>
      list.rows.length > 0 &&
      html`
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${list.id}-cap">
<table>
<caption id="${list.id}-cap">${list.title} pada ${round.year} (${formatInteger(list.rows.length)} instansi${list.rows.length > ZONE_MOVES_SHOWN ? html`; ${formatInteger(ZONE_MOVES_SHOWN)} dengan perubahan nilai terbesar` : ''})</caption>
<thead><tr><th scope="col">Nama</th><th scope="col">${label} sebelumnya</th><th scope="col">${label} ${round.year}</th><th scope="col" class="num">Nilai sebelumnya</th><th scope="col" class="num">Nilai ${round.year}</th></tr></thead>
<tbody>${list.rows.slice(0, ZONE_MOVES_SHOWN).map(
        (z) => html`
<tr><th scope="row"><a href="${z.row.url}">${z.row.label}</a></th>${categoryCell(z.from.tone, z.from.label, html` <span class="muted">(${z.row.previousYear})</span>`)}${categoryCell(z.row.tone, z.row.zone ? ZONE_LABEL[z.row.zone] : z.row.opinion)}<td class="num">${formatScore(z.row.previousScore)}</td><td class="num">${formatScore(z.row.score)}</td></tr>`,
      )}
</tbody>
</table>
</div>`,
  )}
</section>
`;
}
