import { escapeHtml } from '../view/escape.ts';

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
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += textOf(parts[i]) + strings[i + 1]!;
  return new Html(out);
}

/** HTML made elsewhere and safe by construction, put in as it is. */
export function trusted(text: string): Html {
  return new Html(text);
}

function textOf(part: Part): string {
  if (part instanceof Html) return part.text;
  if (part === null || part === undefined || part === false) return '';
  if (typeof part === 'number') return String(part);
  if (typeof part === 'string') return escapeHtml(part);
  let out = '';
  for (const p of part) out += textOf(p);
  return out;
}
