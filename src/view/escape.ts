const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;

/** Text made safe inside HTML or XML, element or quoted attribute: the five escapes every template makes (src/render/html.ts). */
export function escapeHtml(s: string): string {
  // Most text has none of them: testing first is faster than replacing every time (docs/performance.md, "What changed in stop 13").
  return SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : s;
}
