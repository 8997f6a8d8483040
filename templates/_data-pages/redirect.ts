/** A page that moved (a former slug, or `/kode/<code>/`): a meta refresh and a canonical link to where it is now. */
import { html, type Html } from '../../src/render/html.ts';
import type { Redirect, SiteView } from '../../src/view/site.ts';
import { document } from '../_includes/base.ts';

export function redirectPage(redirect: Redirect, view: SiteView): Html {
  const head = html`
<meta http-equiv="refresh" content="0; url=${redirect.to}">`;
  return document(
    { kind: 'redirect', title: `Dialihkan ke ${redirect.title}`, canonical: `${view.site.url}${redirect.to}`, noindex: true, head },
    html`<p>Halaman ini telah pindah ke <a href="${redirect.to}">${redirect.title}</a>.</p>`,
  );
}
