/** What a static host shows for an address that does not exist (`/404.html`). */
import { html, type Html } from '../src/render/html.ts';
import type { SiteView } from '../src/view/site.ts';
import { urls } from '../src/view/urls.ts';
import { base } from './_includes/base.ts';

export function notFoundPage(view: SiteView): Html {
  const latestRound = view.rounds.at(-1);
  return base(
    view,
    { url: '/404.html', title: 'Halaman tidak ditemukan' },
    html`<h1>Halaman tidak ditemukan</h1>
<p>Alamat yang Anda buka tidak ada di situs ini. Mungkin alamatnya salah ketik, atau halaman itu pernah dipindahkan.</p>
<ul>
<li><a href="/">Kembali ke beranda</a></li>${latestRound && html`<li><a href="${latestRound.url}">Peringkat terbaru (${latestRound.year})</a></li>`}
<li><a href="${urls.rounds()}">Semua putaran penilaian</a>, <a href="${urls.provinces()}">kabupaten dan kota per provinsi</a>, <a href="${view.reuse.regionIndexUrl}">semua wilayah A–Z</a></li>
<li>Mencari wilayah tertentu? Tautan <code>/kode/&lt;kode wilayah&gt;/</code> selalu mengarah ke halamannya, mis. <code>/kode/18.72/</code>.</li>
</ul>
`,
  );
}
