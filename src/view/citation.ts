import type { Kind, Result } from '../domain/types.ts';
import { displayName, formatDate, formatInteger, formatScore, KIND_LABEL } from './format.ts';

/** What a journalist needs to quote one region's result in one round, and the sentence to paste. */
export interface Citation {
  publisher: string;
  /** Year in the reference: the year the round was announced, else the round's year. */
  year: number;
  name: string;
  round: number;
  roundTitle: string;
  score: string;
  /** "83,42 (Zona Hijau, Kualitas Tinggi)", "84,43 (Opini: Kualitas Tinggi)": the score with what it means. */
  scoreText: string;
  /** "Zona Hijau", or "Opini: Kualitas Tinggi Tanpa Maladministrasi" in a round without zones. */
  zone: string;
  band: string;
  rank: string;
  /** "Tanggal 10 Desember 2024" style date, or null when the round's announcement date is unknown. */
  published: string | null;
  /** Absolute permalink of the region in that round. */
  url: string;
  text: string;
}

/** The round fields a citation needs (a RoundSummary satisfies it). */
export interface CitedRound {
  year: number;
  title: string;
  published: string | null;
}

type Cited = Pick<Result, 'name' | 'kind' | 'score' | 'zone' | 'band' | 'rank' | 'rankOf'> & { headline: string };

/** "kabupaten", "kota", "provinsi", … : the noun after "peringkat 3 dari 98". */
export function kindNoun(kind: Kind): string {
  return KIND_LABEL[kind].toLowerCase();
}

/** "Kabupaten di Provinsi Jawa Barat", "Kementerian": what and where a region is, in a subtitle. */
export function kindAndProvince(page: { kindLabel: string; province: { name: string } | null }): string {
  return page.province ? `${page.kindLabel} di ${page.province.name}` : page.kindLabel;
}

/** "Kabupaten Bogor, penilaian 2019": the title of a region's page for one round. */
export function roundPageTitle(name: string, year: number): string {
  return `${name}, penilaian ${year}`;
}

/** "peringkat 301 dari 416 kabupaten" */
export function rankPhrase(r: Pick<Result, 'kind' | 'rank' | 'rankOf'>): string {
  return `peringkat ${formatInteger(r.rank)} dari ${formatInteger(r.rankOf)} ${kindNoun(r.kind)}`;
}

/** "83,42 (Zona Hijau, Kualitas Tinggi)"; without zones "84,43 (Opini: Kualitas Tinggi Tanpa Maladministrasi)" */
export function scorePhrase(r: Pick<Cited, 'score' | 'zone' | 'band' | 'headline'>): string {
  return `${formatScore(r.score)} (${r.zone ? `${r.headline}, ${r.band}` : r.headline})`;
}

/**
 * "Kabupaten Bogor: nilai kepatuhan 83,42 (Zona Hijau, Kualitas Tinggi), peringkat 301 dari 416 kabupaten";
 * a round without zones is no compliance assessment: "Kota Metro: nilai 84,43 (Opini: …), peringkat …".
 */
export function resultSentence(r: Cited): string {
  return `${displayName(r)}: nilai${r.zone ? ' kepatuhan' : ''} ${scorePhrase(r)}, ${rankPhrase(r)}`;
}

/**
 * A reference in the author-date style Indonesian newsrooms and journals use:
 * "Ombudsman Republik Indonesia. (2024). Kabupaten Bogor: nilai kepatuhan 83,42 (Zona Hijau,
 * Kualitas Tinggi), peringkat 301 dari 416 kabupaten. Penilaian Kepatuhan … 2024, diumumkan
 * 10 Desember 2024. https://…/wilayah/kabupaten-bogor/2024/"
 */
export function citation(publisher: string, result: Cited, round: CitedRound, absoluteUrl: string): Citation {
  const published = round.published ? formatDate(round.published) : null;
  const year = round.published ? Number(round.published.slice(0, 4)) : round.year;
  const announced = published ? `diumumkan ${published}` : 'tanggal pengumuman tidak diketahui';
  return {
    publisher,
    year,
    name: displayName(result),
    round: round.year,
    roundTitle: round.title,
    score: formatScore(result.score),
    scoreText: scorePhrase(result),
    zone: result.headline,
    band: result.band,
    rank: `${formatInteger(result.rank)} dari ${formatInteger(result.rankOf)} ${kindNoun(result.kind)}`,
    published,
    url: absoluteUrl,
    text: `${publisher}. (${year}). ${resultSentence(result)}. ${round.title}, ${announced}. ${absoluteUrl}`,
  };
}
