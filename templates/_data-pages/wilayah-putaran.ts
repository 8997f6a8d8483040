/** A region as it was in one round (`/wilayah/<slug>/YYYY/`, src/view/region-rounds.ts): these numbers never change once published. */
import { html, trusted, type Html } from '../../src/render/html.ts';
import { formatDate, formatInteger, formatScore } from '../../src/view/format.ts';
import type { RegionRoundEntry } from '../../src/view/reuse.ts';
import type { SiteView } from '../../src/view/site.ts';
import { base } from '../_includes/base.ts';
import { cite } from '../_includes/cite.ts';
import { regionCompare } from '../_includes/region-compare.ts';
import { placement, placementTerm } from '../_includes/zone.ts';
import { changeSince } from './wilayah.ts';

export function regionRoundPage(entry: RegionRoundEntry, view: SiteView): Html {
  const r = entry.row;
  const head = { url: entry.url, title: entry.title, description: entry.description, pageShare: entry.share };
  return base(
    view,
    head,
    html`
<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › ${entry.province && html`<a href="${entry.province.url}">${entry.province.name}</a> › `}<a href="${entry.regionUrl}">${entry.name}</a> › ${entry.year}</nav>
<h1>${entry.name}: penilaian ${entry.year}</h1>
<p class="meta">${entry.kindLabel}${entry.province && html` di ${entry.province.name}`} · kode <span class="code">${entry.code}</span> · <a href="${entry.round.url}">${entry.round.title}</a>${entry.round.published && html`, diumumkan ${formatDate(entry.round.published)}`}</p>
<p class="note">Halaman ini adalah tautan tetap untuk hasil putaran ${entry.year}; angkanya tidak berubah ketika putaran baru diumumkan.${!entry.latest && html` Hasil terbaru ada di <a href="${entry.regionUrl}">halaman ${entry.name}</a>.`}</p>

<section class="summary" aria-labelledby="hasil">
<h2 id="hasil">Hasil ${entry.year}</h2>
<dl class="facts">
<div><dt>Nilai</dt><dd class="big">${formatScore(r.score)}</dd></div>
<div><dt>${placementTerm(r)}</dt><dd>${placement(r)}</dd></div>
<div><dt>Peringkat nasional</dt><dd>${formatInteger(r.rank)} dari ${formatInteger(r.rankOf)} ${entry.kindLabel.toLowerCase()}</dd></div>${
      r.provinceRank !== null &&
      html`
<div><dt>Peringkat di provinsi</dt><dd>${formatInteger(r.provinceRank)} dari ${formatInteger(r.provinceRankOf)} kabupaten/kota</dd></div>`
    }
<div><dt>Perubahan</dt><dd>${changeSince(r, entry.earlierYear, entry.previousUrl)}</dd></div>
</dl>${
      r.dimensionValues.length > 0 &&
      html`
<h3>Nilai per dimensi</h3>
<dl class="facts small">${r.dimensionValues.map((d) => html`<div><dt>${d.label}</dt><dd>${formatScore(d.value)}</dd></div>`)}
</dl>`
    }
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
