/**
 * The pages Eleventy renders, each a virtual JavaScript template (src/render/eleventy-config.ts
 * registers them with `addTemplate`): home, the province pages, the prose pages, the indexes of
 * rounds, provinces, data and regions A–Z, the feed and 404. The pages that grow with the data are in _data-pages/.
 */
import type { Html } from '../src/render/html.ts';
import type { SiteView } from '../src/view/site.ts';
import { dataPage } from './data-indeks.ts';
import { feed } from './feed.ts';
import { prosePage } from './halaman.ts';
import { homePage } from './index.ts';
import { notFoundPage } from './404.ts';
import { provincePage } from './provinsi.ts';
import { provinceIndexPage } from './provinsi-indeks.ts';
import { roundIndexPage } from './peringkat-indeks.ts';
import { urls } from '../src/view/urls.ts';
import { regionIndexPage } from './wilayah-indeks.ts';

/** What Eleventy hands a template: the view (global data) and, when paginated, the item. */
interface Data<T> {
  view: SiteView;
  item: T;
}

/** An 11ty.js template: front matter as `data`, and `render`. */
export interface EleventyTemplate {
  data: Record<string, unknown>;
  render: (data: Data<never>) => string;
}

/** One page, at `url` of the view. */
function single(url: (view: SiteView) => string, page: (view: SiteView) => Html): EleventyTemplate {
  return { data: { permalink: ({ view }: Data<never>) => url(view) }, render: ({ view }) => page(view).text };
}

/** A page for each item of a list of the view, at the item's url. */
function each<K extends 'provincePages' | 'pages'>(list: K, page: (item: SiteView[K][number], view: SiteView) => Html): EleventyTemplate {
  type Item = SiteView[K][number];
  return {
    data: { pagination: { data: `view.${list}`, size: 1, alias: 'item' }, permalink: ({ item }: Data<Item>) => item.url },
    render: ({ item, view }: Data<Item>) => page(item, view).text,
  };
}

/** By virtual file name (its extension tells Eleventy the language). */
export const ELEVENTY_TEMPLATES: Record<string, EleventyTemplate> = {
  'index.11ty.js': single(() => '/', homePage),
  'peringkat-indeks.11ty.js': single(urls.rounds, roundIndexPage),
  'provinsi.11ty.js': each('provincePages', provincePage),
  'provinsi-indeks.11ty.js': single(urls.provinces, provinceIndexPage),
  'halaman.11ty.js': each('pages', prosePage),
  'data-indeks.11ty.js': single((view) => view.reuse.data.url, dataPage),
  'wilayah-indeks.11ty.js': single((view) => view.reuse.regionIndexUrl, regionIndexPage),
  'feed.11ty.js': single(() => '/feed.xml', feed),
  '404.11ty.js': single(() => '/404.html', notFoundPage),
};
