/** A page that moved (a former slug, or `/kode/<code>/`): a meta refresh and a canonical link to where it is now. */
import { html, type Html } from '../../src/render/html.ts';
import type { Redirect, SiteView } from '../../src/view/site.ts';

export function redirectPage(redirect: Redirect, view: SiteView): Html {
  return html`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'self'">
<title>Dialihkan ke ${redirect.title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${view.site.url}${redirect.to}">
<meta http-equiv="refresh" content="0; url=${redirect.to}">
</head>
<body>
<p>Halaman ini telah pindah ke <a href="${redirect.to}">${redirect.title}</a>.</p>
</body>
</html>
`;
}
