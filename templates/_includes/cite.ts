/** How to cite one region's result in one round. */
import { html, type Html } from '../../src/render/html.ts';
import type { Citation } from '../../src/view/citation.ts';
import type { SiteView } from '../../src/view/site.ts';

/** `id`: the heading's id, unique on the page. */
export function cite(citation: Citation, id: string, view: SiteView): Html {
  return html`<section class="cite" aria-labelledby="${id}" data-pagefind-ignore>
<h2 id="${id}">Cara mengutip</h2>
<dl class="cite-fields">
<div><dt>Nama</dt><dd>${citation.name}</dd></div>
<div><dt>Putaran</dt><dd>${citation.roundTitle}</dd></div>
<div><dt>Nilai</dt><dd>${citation.scoreText}</dd></div>
<div><dt>Peringkat</dt><dd>${citation.rank}</dd></div>
<div><dt>Diumumkan</dt><dd>${citation.published || 'tanggal pengumuman tidak diketahui'}</dd></div>
<div><dt>Alamat tetap</dt><dd><a href="${citation.url}">${citation.url}</a></dd></div>
</dl>
<p>Kutipan siap pakai:</p>
<blockquote class="citation"><p>${citation.text}</p></blockquote>
<p class="muted small">Alamat di atas menunjuk ke hasil putaran ${citation.round} dan tidak berubah ketika putaran baru diumumkan. ${view.site.sampleData && html`<strong>Ini data contoh: jangan dikutip.</strong> `}${view.reuse.citeGuideUrl && html`Lihat juga <a href="${view.reuse.citeGuideUrl}">Cara Mengutip</a>.`}</p>
</section>
`;
}
