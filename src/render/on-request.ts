/**
 * What a preview (`npm start`) answers for the data pages and social cards: each is rendered
 * (or drawn) when the browser asks for it, by the same function a build writes it with
 * (renderDataPage), from the view of the latest valid input. An edit then costs reading the
 * input again and Eleventy's own pages, not every page of the site (docs/architecture.md).
 */
import { extname } from 'node:path';
import type { SiteView } from '../view/site.ts';
import { cardPng } from '../cards/render.ts';
import { wholeBytes } from '../view/downloads.ts';
import { dataPageFinder, renderDataPage } from './data-pages.ts';
import { htmlBase, type Rebase } from './html-base.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
};

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** Answers a request's path with its data page, download or card; undefined for any other path (the dev server serves it from disk). */
export function onRequest(view: SiteView): (pathname: string) => Promise<Answer | undefined> {
  const find = dataPageFinder(view);
  const cards = new Map(view.reuse.cards.map((card) => [card.url, card]));
  const prefix = view.site.pathPrefix;
  let rebase: Promise<Rebase | null> | undefined;
  return async (pathname): Promise<Answer | undefined> => {
    const url = urlOf(pathname, prefix);
    if (url === null) return undefined;
    const type = TYPES[url.endsWith('/') ? '.html' : extname(url)] ?? 'application/octet-stream';
    const card = cards.get(url);
    if (card) return { status: 200, headers: { 'Content-Type': type }, body: await cardPng(card) };
    const page = find(url);
    // As static hosts and the dev server answer a folder asked for without its slash.
    if (!page && !url.endsWith('/') && find(`${url}/`)) return { status: 301, headers: { Location: `${pathname}/` }, body: '' };
    if (!page) return undefined;
    const content = await renderDataPage(page, view, await (rebase ??= htmlBase(prefix)));
    return { status: 200, headers: { 'Content-Type': type }, body: typeof content === 'string' ? content : wholeBytes(content) };
  };
}

/** The path as the site's pages are named (`/wilayah/x/` for `/wilayah/x/index.html`), without the path prefix; null when outside it or malformed. */
function urlOf(pathname: string, prefix: string): string | null {
  if (!pathname.startsWith(prefix)) return null;
  try {
    return `/${decodeURIComponent(pathname.slice(prefix.length))}`.replace(/^\/\//, '/').replace(/\/index\.html$/, '/');
  } catch {
    return null;
  }
}
