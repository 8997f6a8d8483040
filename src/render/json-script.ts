import { oneByte } from './latin1.ts';

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` escaped so no
 * name from the data can close the element or open a comment; every character beyond
 * Latin-1 as JSON's own escape (U+2028/9 among them, for old parsers), so the page stays
 * one-byte (src/render/latin1.ts): a reference would be plain text inside a script block.
 */
export function jsonScript(value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return BEYOND_LATIN1.test(json) ? oneByte(json.replace(EVERY_BEYOND_LATIN1, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)) : json;
}

const BEYOND_LATIN1 = /[^\0-\xff]/;
const EVERY_BEYOND_LATIN1 = /[^\0-\xff]/g;
