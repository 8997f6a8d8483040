import { latin1 } from './latin1.ts';

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` escaped so no
 * name from the data can close the element or open a comment; every character beyond
 * Latin-1 as JSON's own escapes (U+2028/9 among them, for old parsers), so the page stays
 * one-byte (src/render/latin1.ts): a reference would be plain text inside a script block.
 */
export function jsonScript(value: unknown): string {
  return latin1(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'), jsonEscapes);
}

/** `\uXXXX` for each UTF-16 unit of the character: a pair of them beyond U+FFFF. */
const jsonEscapes = (character: string) => character.replace(/[^]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
