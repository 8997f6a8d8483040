/** On a region page: cite, its one permanent link, the pages of each round, downloads and embed code. */
import { html, type Html } from '../../src/render/html.ts';
import type { RegionPage } from '../../src/view/pages.ts';
import type { RegionReuse } from '../../src/view/region-rounds.ts';
import type { SiteView } from '../../src/view/site.ts';
import { cite, copyButton } from './cite.ts';

export function regionReuse(region: RegionPage, reuse: RegionReuse, view: SiteView): Html {
  if (!reuse.citation) return html`\n`;
  return html`${cite(reuse.citation, 'kutip', view, true)}
<section class="reuse" aria-labelledby="tautan" data-pagefind-ignore>
<h2 id="tautan">Tautan, unduhan dan sematan</h2>
<h3>Tautan permanen</h3>
<p>Alamat halaman ini, yang selalu menampilkan hasil terbaru ${region.name}: <a id="tautan-permanen" href="${region.url}">${view.site.url}${region.url}</a> ${copyButton('tautan-permanen', 'Salin tautan')}</p>
<h3>Hasil per putaran</h3>
<p>Angka setiap putaran ada di halamannya sendiri, yang tidak berubah ketika putaran baru diumumkan:</p>
<ul class="inline-list">${reuse.rounds.map((r) => html`<li><a href="${r.url}">Halaman hasil ${r.year}</a></li>`)}</ul>
<h3>Unduh riwayat</h3>
<p>Semua putaran ${region.name}: <a href="${reuse.csvUrl}" download>CSV</a> · <a href="${reuse.jsonUrl}" download>JSON</a>. Kolomnya dijelaskan di halaman <a href="${view.reuse.data.url}">Data</a>.</p>
<h3 id="sematkan">Sematkan di situs Anda</h3>
<p>Kotak kecil berisi nilai, zona dan tren terbaru ${region.name}, diperbarui setiap putaran: <a href="${reuse.embedUrl}">lihat contohnya</a>. Salin kode ini ke halaman Anda:</p>
<label for="kode-sematan" class="visually-hidden">Kode sematan untuk ${region.name}</label>
<textarea id="kode-sematan" class="embed-code" readonly rows="3" cols="60">${reuse.embedCode}</textarea>
${copyButton('kode-sematan', 'Salin kode sematan')}
</section>
`;
}
