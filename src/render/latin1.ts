/**
 * Pages in Latin-1, every character beyond it written as a character reference (`&ndash;` for
 * "–", `&#x1f600;` for a character without a name here). V8 keeps a string whose characters
 * all fit in a byte one byte a character, and writes such a page out about twice as fast as one
 * of two bytes a character; a single dash made a whole page two-byte (docs/performance.md,
 * "Issue 21, stop 28"). Browsers show the same characters. Not for the inside of a script or
 * style block, where a reference is plain text (src/render/json-script.ts).
 */
const BEYOND_LATIN1 = /[^\0-\xff]/u;
const EVERY_BEYOND_LATIN1 = /[^\0-\xff]/gu;

/** Names for the punctuation the templates use, so the HTML stays readable. */
const NAMED: Record<string, string> = {
  '–': '&ndash;',
  '—': '&mdash;',
  '−': '&minus;',
  '→': '&rarr;',
  '›': '&rsaquo;',
  '…': '&hellip;',
  '‘': '&lsquo;',
  '’': '&rsquo;',
  '“': '&ldquo;',
  '”': '&rdquo;',
};
const reference = (c: string) => NAMED[c] ?? `&#x${c.codePointAt(0)!.toString(16)};`;

/** Latin-1 text in V8's one-byte form: what a replace returns is two-byte whenever its subject was. */
const oneByte = (text: string): string => Buffer.from(text, 'latin1').toString('latin1');

/** `text` with each character beyond Latin-1 (a whole code point) written as `escape` gives it, as a one-byte string. */
export function latin1(text: string, escape: (character: string) => string): string {
  return BEYOND_LATIN1.test(text) ? oneByte(text.replace(EVERY_BEYOND_LATIN1, escape)) : text;
}

/** HTML with its characters beyond Latin-1 as references. */
export const latin1Html = (html: string): string => latin1(html, reference);
