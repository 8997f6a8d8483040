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
  content: () => FileContent;
}

/** A file's text or bytes, whole or in pieces (the large downloads, src/view/downloads.ts; spreadsheets and zips are bytes). */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

export interface FeedEntry {
  title: string;
  url: string;
  updated: string;
  summary: string;
}
