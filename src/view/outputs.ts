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
  /** `written` reads back a file written before this one (the zip of all data reads its files so); without it, the file is made from the view alone. */
  content: (written?: WrittenFiles) => FileContent;
}

/**
 * A file already written, by its URL, in pieces; null when it was not written. Each piece is
 * good until the next is asked for (one buffer is read into again and again): keep a copy.
 */
export type WrittenFiles = (url: string) => Iterable<Uint8Array> | null;

/**
 * A file's text or bytes, whole or in pieces (the large downloads, src/view/downloads.ts; spreadsheets
 * and zips are bytes). A piece of bytes is good until the next piece is asked for: it is written
 * then, or copied (joined, wholeBytes).
 */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

export interface FeedEntry {
  title: string;
  url: string;
  updated: string;
  summary: string;
}
