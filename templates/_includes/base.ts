/**
 * The one layout: every document the site publishes starts in `document` (head, CSP, title,
 * canonical link); `base` is the page with its header, search and footer, the embeds and
 * redirects are its plainer variants (templates/_data-pages/embed.ts, redirect.ts).
 */
import { html, trusted, type Html } from '../../src/render/html.ts';
import { urls } from '../../src/view/urls.ts';
import { formatDate } from '../../src/view/format.ts';
import { sampleNote } from '../../src/view/share.ts';
import type { BundleName } from '../../src/bundle.ts';
import type { ShareMeta } from '../../src/view/share.ts';
import type { SiteView } from '../../src/view/site.ts';

/** What a page tells its layout. */
export interface PageHead {
  url: string;
  title?: string | null;
  description?: string | null;
  /** Browser bundles the page needs (src/bundle.ts). */
  scripts?: readonly BundleName[];
  /** Open Graph / Twitter meta of its own; else view.reuse.shareByUrl, else title and description. */
  pageShare?: ShareMeta | null;
}

/**
 * Each kind of document's Content-Security-Policy: pages run the site's own scripts (and
 * Pagefind's WebAssembly); embeds, shown inside other sites, and redirects run none.
 */
const CSP = {
  page: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
  embed: "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'",
  redirect: "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'self'",
} as const;

export interface DocumentHead {
  kind: keyof typeof CSP;
  title: string;
  /** Absolute. */
  canonical: string;
  /** Kept out of search engines (embeds, redirects). */
  noindex?: boolean;
  /** The rest of the head, after the canonical link. */
  head?: Html | null;
}

/** A whole HTML document: every page, embed and redirect of the site is one. */
export function document(d: DocumentHead, body: Html): Html {
  return html`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">${
    d.kind !== 'redirect' &&
    html`
<meta name="viewport" content="width=device-width, initial-scale=1">`
  }
<meta http-equiv="Content-Security-Policy" content="${trusted(CSP[d.kind])}">
<title>${d.title}</title>${
    d.noindex &&
    html`
<meta name="robots" content="noindex">`
  }
<link rel="canonical" href="${d.canonical}">${d.head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The whole page around `content`, the page's own HTML. */
export function base(view: SiteView, page: PageHead, content: Html): Html {
  const { site } = view;
  const pageTitle = page.title ? `${page.title} — ${site.title}` : site.title;
  // Shared out of context (search results, link previews), sample figures must say what they are.
  const pageDescription = withSampleNote(page.description || site.description, site.sampleData);
  const latestRound = view.rounds.at(-1);
  const current = (is: boolean) => is && html` aria-current="page"`;
  const updated =
    view.dataUpdated &&
    html`
    <p>Data terakhir diperbarui: ${formatDate(view.dataUpdated)}.</p>`;
  const head = html`
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="description" content="${pageDescription}">${shareMeta(view, page, pageDescription)}
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/search.js" defer></script>${(page.scripts ?? []).map(
    (name) => html`
<script type="module" src="${urls.script(name)}"></script>`,
  )}
<link rel="alternate" type="application/atom+xml" title="Putaran penilaian — ${site.title}" href="/feed.xml">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">`;
  return document(
    { kind: 'page', title: pageTitle, canonical: `${site.url}${page.url}`, head },
    html`<a class="skip" href="#isi">Langsung ke isi</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/">${site.title}</a>
    <nav aria-label="Menu utama">
      <ul>
        <li><a href="/"${current(page.url === '/')}>Beranda</a></li>${
          latestRound &&
          html`
        <li><a href="${latestRound.url}"${current(page.url.startsWith(urls.rounds()))}>Peringkat</a></li>`
        }${
          view.provinceIndex.length > 0 &&
          html`
        <li><a href="${urls.provinces()}"${current(page.url.startsWith(urls.provinces()))}>Provinsi</a></li>`
        }${view.pages.map(
          (p) => html`
        <li><a href="${p.url}"${current(page.url === p.url)}>${p.title}</a></li>`,
        )}
      </ul>
    </nav>${search(view)}
  </div>
</header>${
      site.sampleData &&
      html`
<div class="sample-banner" role="note"><div class="wrap"><strong>Data contoh.</strong> Nilai di situs ini hanya ilustrasi, bukan hasil resmi Ombudsman RI. Jangan dikutip.</div></div>`
    }
<main id="isi" class="wrap"${view.reuse.searchable[page.url] && html` data-pagefind-body`}>
${content}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>Sumber: penilaian penyelenggaraan pelayanan publik oleh ${site.publisher} (UU No. 25 Tahun 2009 tentang Pelayanan Publik); setiap putaran menyebut penilaiannya.</p>
    <p>Unduh data: ${view.rounds.map((r, i) => html`<a href="${urls.roundCsv(r.year)}">${r.year} (CSV)</a>, <a href="${urls.roundJson(r.year)}">JSON</a>${i < view.rounds.length - 1 && '; '}`)}. <a href="/feed.xml">Umpan Atom</a>. Semua putaran sekaligus dan arti setiap kolom: <a href="${view.reuse.data.url}">Data</a>.</p>${updated}
    <p>Nama dan kode wilayah: <a href="https://github.com/fityannugroho/idn-area-data">idn-area-data</a>, lisensi <a href="https://opendatacommons.org/licenses/odbl/1-0/">Open Database License (ODbL) 1.0</a>.</p>
  </div>
</footer>`,
  );
}

/** Open Graph and Twitter meta: the page's own, or view.reuse.shareByUrl's, else its title and description. */
function shareMeta(view: SiteView, page: PageHead, pageDescription: string): Html {
  const { site } = view;
  const share = page.pageShare || view.reuse.shareByUrl[page.url];
  const shareTitle = share ? share.title : page.title || site.title;
  const shareDescription = share ? share.description : pageDescription;
  return html`
<meta property="og:type" content="website">
<meta property="og:locale" content="id_ID">
<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${shareTitle}">
<meta property="og:description" content="${shareDescription}">
<meta property="og:url" content="${site.url}${page.url}">${
    share && share.image
      ? html`
<meta property="og:image" content="${share.image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${share.imageWidth}">
<meta property="og:image:height" content="${share.imageHeight}">
<meta property="og:image:alt" content="${share.imageAlt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${share.image}">
<meta name="twitter:image:alt" content="${share.imageAlt}">`
      : html`
<meta name="twitter:card" content="summary">`
  }
<meta name="twitter:title" content="${shareTitle}">
<meta name="twitter:description" content="${shareDescription}">
`;
}

/** Site search (Pagefind, src/search.ts). Without JavaScript the A–Z list remains. */
function search(view: SiteView): Html {
  return html`<div class="search" role="search" aria-label="Cari wilayah">
<div id="cari" class="search-box"></div>
<a class="search-az" href="${view.reuse.regionIndexUrl}">Semua wilayah A–Z</a>
</div>
`;
}

/** The description with the sample note in front, once. */
function withSampleNote(description: string, sample: boolean): string {
  const note = sampleNote(sample);
  return note && !description.startsWith(note) ? `${note}${description}` : description;
}
