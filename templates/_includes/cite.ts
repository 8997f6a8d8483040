/** How to cite one region's result in one round. */
import { html, type Html } from '../../src/render/html.ts';
import type { Citation } from '../../src/view/citation.ts';
import type { SiteView } from '../../src/view/site.ts';

/** A "Salin" button for the text of element `target` (hidden until assets/js/copy.js shows it), and its status. */
export function copyButton(target: string, label: string, accessed = false): Html {
  return html`<button type="button" class="copy" data-copy="${target}"${accessed && html` data-accessed`} hidden>${label}</button><span class="copy-status" role="status"></span>`;
}

/** `id`: the heading's id, unique on the page. `copy`: the page loads assets/js/copy.js (region pages), so a copy button can be offered. */
export function cite(citation: Citation, id: string, view: SiteView, copy = false): Html {
  return html`<section class="cite" aria-labelledby="${id}" data-pagefind-ignore>
<h2 id="${id}">Cara mengutip</h2>
<dl class="cite-fields">
<div><dt>Nama</dt><dd>${citation.name}</dd></div>
<div><dt>Putaran</dt><dd>${citation.roundTitle}</dd></div>
<div><dt>Nilai</dt><dd>${citation.scoreText}</dd></div>
<div><dt>Peringkat</dt><dd>${citation.rank}</dd></div>
<div><dt>Diumumkan</dt><dd>${citation.published || 'tanggal pengumuman tidak diketahui'}</dd></div>
<div><dt>Halaman hasil ${citation.round}</dt><dd><a href="${citation.url}">${citation.url}</a></dd></div>
</dl>
<p>Kutipan siap pakai:</p>
<blockquote class="citation"><p id="${id}-teks">${citation.text}</p></blockquote>
${copy && copyButton(`${id}-teks`, 'Salin kutipan', true)}
<p class="muted small">Halaman hasil ${citation.round} tidak berubah ketika putaran baru diumumkan. Sebutkan juga tanggal Anda mengaksesnya${copy && ' (tombol Salin kutipan menambahkannya)'}. ${view.site.sampleData && html`<strong>Ini data contoh: jangan dikutip.</strong> `}${view.reuse.citeGuideUrl && html`Lihat juga <a href="${view.reuse.citeGuideUrl}">Cara Mengutip</a>.`}</p>
</section>
`;
}
