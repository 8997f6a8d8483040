/**
 * A small tag scanner for generated HTML: enough to check attributes in tests without a
 * DOM. Quoted attribute values may hold `>` and escaped markup; comments are skipped;
 * the text of `<script>`, `<style>` and `<textarea>` is kept as the element's `text`.
 */
export interface Tag {
  name: string;
  /** Attribute names lower-cased; a bare attribute has the value ''. Values are as written (entities not decoded). */
  attrs: Record<string, string>;
  /** Raw text up to the closing tag, for script, style and textarea. */
  text?: string;
}

const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea']);

/** Every start tag in document order. */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    if (!m[1]) continue; // a comment
    const name = m[1].toLowerCase();
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    const tag: Tag = { name, attrs };
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      tag.text = html.slice(TAG.lastIndex, end === -1 ? html.length : end);
      if (end !== -1) TAG.lastIndex = end;
    }
    out.push(tag);
  }
  return out;
}

/** The document's text with tags (and raw-text elements' contents) removed; entities not decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|textarea)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
}
