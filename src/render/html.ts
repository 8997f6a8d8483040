import { escapeHtml } from '../view/escape.ts';
import { latin1Html } from './latin1.ts';

/**
 * The templates' one rule for safety: everything put into a page is escaped, unless it is
 * already HTML — made by `html` itself, or given to `trusted` (markdown rendered with raw
 * HTML off, JSON made safe for a script block). A page is one template literal, which renders
 * much faster than a template engine (docs/performance.md, "What changed in stop 13").
 */
export class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

/** What a template may put into a page: text (escaped), HTML, a list of either; nothing for null, undefined and false. */
export type Part = Html | string | number | null | undefined | false | readonly Part[];

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  const fixed = latin1Parts(strings);
  let out = fixed[0]!;
  for (let i = 0; i < parts.length; i++) out += textOf(parts[i]) + fixed[i + 1]!;
  return new Html(out);
}

/**
 * A template's own text in Latin-1 (src/render/latin1.ts), made once per template: a tag
 * receives the same array at every call of one template literal.
 */
const latin1Templates = new WeakMap<TemplateStringsArray, readonly string[]>();
function latin1Parts(strings: TemplateStringsArray): readonly string[] {
  let fixed = latin1Templates.get(strings);
  if (!fixed) latin1Templates.set(strings, (fixed = strings.map(latin1Html)));
  return fixed;
}

/** HTML made elsewhere and safe by construction, put in as it is (in Latin-1, src/render/latin1.ts). */
export function trusted(text: string): Html {
  return new Html(latin1Html(text));
}

/** Any character that escaping or Latin-1 (src/render/latin1.ts) changes; most text has none. */
const SPECIAL = /[&<>"'\u0100-\uffff]/;

function textOf(part: Part): string {
  if (part instanceof Html) return part.text;
  if (part === null || part === undefined || part === false) return '';
  if (typeof part === 'number') return String(part);
  if (typeof part === 'string') return SPECIAL.test(part) ? latin1Html(escapeHtml(part)) : part;
  let out = '';
  for (const p of part) out += textOf(p);
  return out;
}
