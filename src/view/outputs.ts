/** What the view hands on to be written besides pages: plain types, imported by the modules that make them and by site.ts. */

export interface Redirect {
  url: string;
  to: string;
  title: string;
}

/**
 * A download, made when it is written: a site of 55,000 regions would otherwise hold a
 * gigabyte of them in memory for the whole build.
 */
export interface FileOut {
  url: string;
  /** Its text: a string, or pieces of one for the large downloads (src/view/downloads.ts). */
  content: () => string | Iterable<string>;
}

export interface FeedEntry {
  title: string;
  url: string;
  updated: string;
  summary: string;
}
