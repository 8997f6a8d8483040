/**
 * Checks every text value from staff's files (CSV cells, front matter values) gets, in one
 * place, so `check` and `build` refuse the same input before anything is drawn or written.
 */

/**
 * Control characters: C0 except tab and line breaks (which text may hold), DEL, C1 and the
 * non-characters U+FFFE/U+FFFF. No name needs one, and XML (the social cards' SVG) forbids them.
 */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]/;

/**
 * Invisible characters that make a text read differently from what it holds: bidi controls
 * (U+202E shows "Bogor" reversed; "Trojan Source") and zero-width characters (two names that
 * look the same are different). An error, not a warning: a region's name never needs them and
 * a published name that displays as another one is worse than a stopped build.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Longest CSV value and front-matter name (title, label, slug…), in characters: a name is at most a line of a card, and part of a file name. */
export const NAME_MAX = 150;
/** Longest other front-matter value (a description, a correction's text). */
export const TEXT_MAX = 1000;

/** `U+202E`: how a character is named in messages (it cannot be shown). */
export const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first control or invisible character of `value`, or null. */
export function oddCharacter(value: string): string | null {
  return CONTROL.exec(value)?.[0] ?? INVISIBLE.exec(value)?.[0] ?? null;
}

/** Why `value` is refused, in words for staff, or null when it is fine. */
export function textProblem(value: string, max: number): string | null {
  const odd = oddCharacter(value);
  if (odd !== null && CONTROL.test(odd)) {
    return `berisi karakter kendali ${codePoint(odd)} yang tidak boleh ada di teks; hapus karakter itu (biasanya terbawa saat menyalin dari program lain)`;
  }
  if (odd !== null) {
    return `berisi karakter tak terlihat ${codePoint(odd)} (pembalik arah teks atau karakter lebar-nol) yang membuat teks tampil berbeda dari isinya; hapus karakter itu`;
  }
  const length = value.length > max ? [...value].length : value.length;
  if (length > max) return `terlalu panjang (${length} karakter); paling banyak ${max} karakter`;
  return null;
}

/** Characters a terminal would act on (escape sequences, bidi), shown as `\u001b` when a message quotes a value. */
export const UNPRINTABLE = new RegExp(`${CONTROL.source}|${INVISIBLE.source}|[\\t\\u2028\\u2029]`, 'g');
