/** Dated corrections to a region's published information (narrative front matter `corrections:`). */
import { html, trusted, type Html } from '../../src/render/html.ts';
import { formatDate } from '../../src/view/format.ts';
import type { CorrectionItem } from '../../src/view/corrections.ts';

export function corrections(items: readonly CorrectionItem[]): Html {
  if (items.length === 0) return html`\n`;
  return html`
<section class="corrections" aria-labelledby="ralat">
<h2 id="ralat">Ralat</h2>
<ul>${items.map(
    (c) => html`
<li id="${c.id}"><time datetime="${c.date}">${formatDate(c.date)}</time>${c.year && html` (putaran ${c.year})`}: ${trusted(c.html)}</li>`,
  )}
</ul>
</section>
`;
}
