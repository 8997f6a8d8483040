/** The Atom feed of assessment rounds and corrections (`/feed.xml`). */
import { html, type Html } from '../src/render/html.ts';
import type { SiteView } from '../src/view/site.ts';

export function feed(view: SiteView): Html {
  const { site } = view;
  const absolute = (path: string) => `${site.url}${path}`;
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
<title>${site.title}: putaran penilaian</title>
<subtitle>${site.description}</subtitle>
<id>${absolute('/')}</id>
<link href="${absolute('/feed.xml')}" rel="self"/>
<link href="${absolute('/')}"/>
<updated>${view.feed.updated}T00:00:00Z</updated>
<author><name>${site.publisher}</name></author>${view.feed.entries.map(
    (e) => html`
<entry>
<title>${e.title}</title>
<link href="${absolute(e.url)}"/>
<id>${absolute(e.url)}</id>
<updated>${e.updated}T00:00:00Z</updated>
<summary>${e.summary}</summary>
</entry>`,
  )}
</feed>
`;
}
