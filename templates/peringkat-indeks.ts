/** Every round (`/peringkat/`, src/view/pages.ts roundIndex): where a ranking's address leads when its year is cut off. */
import { html, type Html } from '../src/render/html.ts';
import { formatDate, formatInteger } from '../src/view/format.ts';
import { urls } from '../src/view/urls.ts';
import type { SiteView } from '../src/view/site.ts';
import { base } from './_includes/base.ts';
import { categoryCountCells } from './_includes/zone.ts';
import { countsPhrase } from '../src/view/categories.ts';

export function roundIndexPage(view: SiteView): Html {
  const rounds = view.roundIndex;
  const head = {
    url: urls.rounds(),
    title: 'Semua putaran penilaian',
    description: 'Peringkat setiap putaran Penilaian Kepatuhan Standar Pelayanan Publik, terbaru di atas, dengan sebaran zona dan data unduhan.',
  };
  const [newest, oldest] = [rounds[0], rounds.at(-1)];
  return base(
    view,
    head,
    html`<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › Peringkat</nav>
<h1>Semua putaran penilaian</h1>
${
  newest && oldest
    ? html`<p class="lead">${formatInteger(rounds.length)} putaran, ${oldest.year}–${newest.year}. Setiap putaran punya halaman peringkatnya sendiri di alamat yang tetap, dan datanya bisa diunduh.</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="putaran-cap">
<table>
<caption id="putaran-cap">Putaran penilaian, terbaru di atas: jumlah instansi dinilai dan sebarannya per zona</caption>
<thead><tr><th scope="col">Putaran</th><th scope="col">Diumumkan</th><th scope="col" class="num">Dinilai</th><th scope="col" class="num">Zona Hijau</th><th scope="col" class="num">Zona Kuning</th><th scope="col" class="num">Zona Merah</th><th scope="col">Data</th></tr></thead>
<tbody>${rounds.map(
        (r) => html`
<tr><th scope="row"><a href="${r.url}">${r.year}</a></th><td>${formatDate(r.published)}</td><td class="num">${formatInteger(r.counts.total)}</td>${r.zones ? categoryCountCells(r.counts) : html`<td colspan="3">tanpa zona${r.sample && ', sampel'}: ${countsPhrase(r.categories, r.counts, formatInteger)}</td>`}<td><a href="${r.csvUrl}">CSV</a> · <a href="${r.jsonUrl}">JSON</a></td></tr>`,
      )}
</tbody>
</table>
</div>
<p>Semua putaran dalam satu berkas, dan arti setiap kolom: <a href="${view.reuse.data.url}">Data</a>.</p>`
    : html`<p>Belum ada hasil penilaian.</p>`
}
`,
  );
}
