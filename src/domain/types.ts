/** Shared record types. Everything here is plain data: no Eleventy, no I/O. */

export const KINDS = ['provinsi', 'kabupaten', 'kota', 'kementerian', 'lembaga'] as const;
export type Kind = (typeof KINDS)[number];

export const ZONES = ['hijau', 'kuning', 'merah'] as const;
export type Zone = (typeof ZONES)[number];

export interface Region {
  code: string;
  name: string;
  kind: Kind;
  /** Code of the province, for kabupaten and kota only. */
  province: string | null;
  slug: string;
  formerSlugs: string[];
}

export interface Band {
  min: number;
  /** Null in rounds without zones (the 2025 "Opini Ombudsman"): a round's bands all have one or none does. */
  zone: Zone | null;
  label: string;
  grade: string | null;
}

/** What may follow a result's band in its opinion ("Tanpa Maladministrasi"). */
export interface Predicate {
  key: string;
  label: string;
}

/** The method of rounds that declare none: results of the same method are comparable. */
export const DEFAULT_METHOD = 'kepatuhan';

export interface Dimension {
  key: string;
  label: string;
}

export interface Round {
  year: number;
  title: string;
  /** ISO date (YYYY-MM-DD) the results were announced, or null when unknown. */
  published: string | null;
  source: string | null;
  /** Rounds with the same method are comparable; a change of method breaks every comparison. */
  method: string;
  /** Only a sample of the registry was assessed. */
  sample: boolean;
  predicates: Predicate[];
  bands: Band[];
  dimensions: Dimension[];
  /** Narrative rendered to HTML (raw HTML in the markdown is not allowed). */
  html: string;
}

export interface Score {
  code: string;
  score: number;
  /** Key of the round's predicate (`predikat` column), or null. */
  predicate: string | null;
  dimensions: Record<string, number>;
}

/** A dated correction to what the site published about a region (narrative front matter `corrections:`). */
export interface Correction {
  /** YYYY-MM-DD, a real calendar date. */
  date: string;
  /** Plain text, as staff wrote it (the feed's summary). */
  text: string;
  /** The same text as inline markdown, escaped (raw HTML off). */
  html: string;
}

export interface Narrative {
  code: string;
  year: number | null;
  title: string | null;
  html: string;
  /** The body's words without markup, for the search index. */
  text: string;
  file: string;
  /** In the order written. */
  corrections: Correction[];
}

export interface Page {
  slug: string;
  title: string;
  description: string | null;
  html: string;
}

export interface SiteSettings {
  title: string;
  description: string;
  url: string;
  sampleData: boolean;
  publisher: string;
  /** A PNG card per region page for link previews; off for very large sites (docs/performance.md). */
  socialCards: boolean;
  /** The licence of the published data (scores, results), named on the data page and in the data package. */
  dataLicense: { name: string; url: string };
}

/** Everything staff supplied, validated. */
export interface Dataset {
  site: SiteSettings;
  regions: Region[];
  rounds: Round[];
  /** Scores by round year. */
  scores: Map<number, Score[]>;
  narratives: Narrative[];
  pages: Page[];
}

/** One row of `data/YYYY.json`; field names and order are the published contract. */
export interface Result {
  code: string;
  name: string;
  kind: Kind;
  province: string | null;
  slug: string;
  score: number;
  zone: Zone | null;
  band: string;
  grade: string | null;
  rank: number;
  rankOf: number;
  provinceRank: number | null;
  provinceRankOf: number | null;
  previousYear: number | null;
  previousScore: number | null;
  scoreChange: number | null;
  previousRank: number | null;
  rankChange: number | null;
  /** Label of the result's predicate, or null. */
  predicate: string | null;
  /** The band's label, then the predicate's when there is one: "Kualitas Sedang Tanpa Maladministrasi". */
  opinion: string;
  /** Assessed before, but never with this round's method: every previous field is null. */
  methodBreak: boolean;
  previousRankOf: number | null;
  dimensions: Record<string, number>;
}
