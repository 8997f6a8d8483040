/** Every region page A–Z (`/wilayah/`, src/view/region-index.ts): the way to a region without search or JavaScript. */
import { html, type Html } from '../src/render/html.ts';
import { formatInteger } from '../src/view/format.ts';
import type { SiteView } from '../src/view/site.ts';
import { base } from './_includes/base.ts';

export function regionIndexPage(view: SiteView): Html {
  const head = {
    url: view.reuse.regionIndexUrl,
    title: 'Semua wilayah A–Z',
    description: 'Daftar semua pemerintah daerah, kementerian dan lembaga yang dinilai, urut abjad, dengan tautan ke halaman masing-masing.',
  };
  const groups = view.reuse.regionIndex;
  return base(
    view,
    head,
    html`<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › Semua wilayah A–Z</nav>
<h1>Semua wilayah A–Z</h1>
<p class="lead">${formatInteger(view.reuse.regionCount)} pemerintah provinsi, kabupaten, kota, kementerian dan lembaga, urut menurut nama tanpa jenisnya: Kabupaten Bogor dan Kota Bogor sama-sama di bawah B.</p>
<nav class="toc" aria-label="Huruf awal"><ul>${groups.map((g) => html`<li><a href="#${g.id}">${g.letter}</a></li>`)}</ul></nav>${groups.map(
      (g) => html`
<section aria-labelledby="${g.id}">
<h2 id="${g.id}">${g.letter}</h2>
<ul class="az">${g.entries.map(
        (e) => html`
<li><a href="${e.url}">${e.label}</a> <span class="muted">${e.context} · ${e.code}</span></li>`,
      )}
</ul>
</section>`,
    )}
`,
  );
}
