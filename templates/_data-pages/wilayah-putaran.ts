/** A region as it was in one round (`/wilayah/<slug>/YYYY/`, src/view/region-rounds.ts): these numbers never change once published. */
import { html, trusted, type Html } from '../../src/render/html.ts';
import { formatDate } from '../../src/view/format.ts';
import type { RegionRoundEntry } from '../../src/view/reuse.ts';
import type { SiteView } from '../../src/view/site.ts';
import { base } from '../_includes/base.ts';
import { cite } from '../_includes/cite.ts';
import { regionCompare } from '../_includes/region-compare.ts';
import { changeSince, resultFacts } from '../_includes/result-facts.ts';

export function regionRoundPage(entry: RegionRoundEntry, view: SiteView): Html {
  const r = entry.row;
  const head = { url: entry.url, title: entry.title, description: entry.description, pageShare: entry.share };
  return base(
    view,
    head,
    html`
<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › ${entry.province && html`<a href="${entry.province.url}">${entry.province.name}</a> › `}<a href="${entry.regionUrl}">${entry.name}</a> › Penilaian ${entry.year}</nav>
<h1>${entry.name}: penilaian ${entry.year}</h1>
<p class="meta">${entry.kindLabel}${entry.province && html` di ${entry.province.name}`} · kode <span class="code">${entry.code}</span> · <a href="${entry.round.url}">${entry.round.title}</a>${entry.round.published && html`, diumumkan ${formatDate(entry.round.published)}`}</p>
<p class="note">Halaman hasil ${entry.year}: angkanya tidak berubah ketika putaran baru diumumkan.${!entry.latest && html` Hasil terbaru ada di <a href="${entry.regionUrl}">halaman ${entry.name}</a>.`}</p>

<section class="summary" aria-labelledby="hasil">
<h2 id="hasil">Hasil ${entry.year}</h2>${resultFacts(r, entry.kindLabel, changeSince(r, entry.earlierYear, entry.previousUrl))}
</section>${regionCompare(entry.compare, entry.name, entry.province ? entry.province.name : null)}${
      entry.narrative &&
      html`
<section class="prose narrative" aria-labelledby="catatan">
<h2 id="catatan">${entry.narrative.title || `Catatan putaran ${entry.year}`}</h2>
${trusted(entry.narrative.html)}
</section>`
    }${
      entry.corrections.length > 0 &&
      html`
<section class="corrections" aria-labelledby="ralat">
<h2 id="ralat">Ralat</h2>
<ul>${entry.corrections.map(
        (c) => html`
<li><time datetime="${c.date}">${formatDate(c.date)}</time>: ${trusted(c.html)}</li>`,
      )}
</ul>
</section>`
    }${cite(entry.citation, 'kutip', view)}

<nav class="rounds" aria-label="Putaran ${entry.name}">
<h2>Putaran lain</h2>
<ul>${entry.rounds.map((l) => html`<li>${l.year === entry.year ? html`<span aria-current="page">${l.year}</span>` : html`<a href="${l.url}">${l.year}</a>`}</li>`)}</ul>
</nav>
<p>Unduh riwayat ${entry.name}: <a href="${entry.csvUrl}" download>CSV</a> · <a href="${entry.jsonUrl}" download>JSON</a>. Semua hasil putaran ${entry.year}: <a href="${entry.round.url}">peringkat</a>, <a href="${entry.roundCsvUrl}">CSV</a>.</p>
`,
  );
}
