/** A page of prose from content/pages/ (methodology, how to cite, …). */
import { html, trusted, type Html } from '../src/render/html.ts';
import type { SiteView } from '../src/view/site.ts';
import { base } from './_includes/base.ts';

export function prosePage(doc: SiteView['pages'][number], view: SiteView): Html {
  return base(
    view,
    { url: doc.url, title: doc.title, description: doc.description },
    html`<nav class="crumbs" aria-label="Remah roti"><a href="/">Beranda</a> › ${doc.title}</nav>
<article class="prose">
<h1>${doc.title}</h1>
${trusted(doc.html)}
</article>
`,
  );
}
