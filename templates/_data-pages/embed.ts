/** Standalone (`/embed/<slug>/`): shown inside other sites' <iframe>. Links open in a new tab; not indexed (canonical: the region page). */
import { html, type Html } from '../../src/render/html.ts';
import { formatScore } from '../../src/view/format.ts';
import { SAMPLE_NOTE, type EmbedPage } from '../../src/view/embed.ts';
import type { SiteView } from '../../src/view/site.ts';
import { placement } from '../_includes/zone.ts';
import { document } from '../_includes/base.ts';

export function embedPage(embed: EmbedPage, view: SiteView): Html {
  const l = embed.latest;
  const { site } = view;
  const t = embed.trend;
  const head = html`
<link rel="stylesheet" href="/assets/embed.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">`;
  const title = `Nilai${l.zone ? ' kepatuhan' : ''} ${embed.name} ${l.year}`;
  return document(
    { kind: 'embed', title, canonical: embed.regionUrl, noindex: true, head },
    html`<main class="embed">${site.sampleData && html`<p class="sample">${SAMPLE_NOTE}</p>`}
<h1><a href="${embed.regionUrl}" target="_blank" rel="noopener">${embed.name}</a></h1>
<p class="context">${embed.context}</p>
<div class="row">
<p class="score"><span class="visually-hidden">Nilai </span>${formatScore(l.score)}</p>
<p class="placement">${placement(l)}</p>
</div>
<p class="rank">${embed.rank}</p>
<p class="trend">${
      t.points &&
      html`
<svg width="${t.width}" height="${t.height}" viewBox="0 0 ${t.width} ${t.height}" aria-hidden="true" focusable="false"><polyline points="${t.points}" fill="none" stroke="#0d3b66" stroke-width="2" stroke-linejoin="round"/><circle cx="${t.last?.x}" cy="${t.last?.y}" r="3" fill="#0d3b66"/></svg>`
    }
<span>Tren: ${t.text}</span></p>
<p class="source"><a href="${embed.regionUrl}" target="_blank" rel="noopener">${site.title}</a> · sumber: ${site.publisher}</p>
</main>`,
  );
}
