import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';
import { checkUtf8 } from './encoding.ts';
import { cut, type Problems } from './problems.ts';
import { NAME_MAX, oddCharacter, TEXT_MAX, textProblem } from './text.ts';

/** Raw HTML is off: narratives are text from staff, never markup that reaches readers unescaped. */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
// Wide tables scroll inside a focusable, named region instead of widening the page on a phone.
md.renderer.rules.table_open = () => '<div class="table-scroll" tabindex="0" role="region" aria-label="Tabel">\n<table>\n';
md.renderer.rules.table_close = () => '</table>\n</div>\n';

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The words of a markdown text without its markup (for the search index): text, code and link text, one space apart. */
export function markdownText(source: string): string {
  const words: string[] = [];
  const collect = (tokens: readonly { type: string; content: string; children: unknown[] | null }[]) => {
    for (const t of tokens) {
      if (t.children) collect(t.children as typeof tokens);
      else if (t.type === 'text' || t.type === 'code_inline' || t.type === 'code_block' || t.type === 'fence') words.push(t.content);
    }
  };
  collect(md.parse(source, {}));
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Images from other hosts would be blocked by the pages' Content-Security-Policy and
 * would tell that host who reads the page: report each, at its line.
 */
export function reportExternalImages(fm: FrontMatter, file: string, problems: Problems): void {
  for (const block of md.parse(fm.body, {})) {
    for (const token of block.children ?? []) {
      const src = token.type === 'image' ? String(token.attrGet('src') ?? '') : '';
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src) && !/^data:/i.test(src)) {
        const within = block.content.slice(0, block.content.indexOf(src)).split('\n').length - 1;
        const line = block.map ? fm.bodyLine + block.map[0] + within : null;
        problems.error(file, line, `gambar dari situs lain ("${src}") tidak diizinkan; diharapkan gambar tanpa alamat luar, atau tautan biasa [teks](${src})`);
      }
    }
  }
}

/** Inline markdown for one-line fields (titles, labels): escaped, no block wrapper. */
export function renderInline(source: string): string {
  return md.renderInline(source);
}

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Line of the file where the body starts, for messages about the markdown. */
  bodyLine: number;
}

/**
 * js-yaml's reasons, in the words staff need. Unknown reasons are passed on as they are,
 * after an Indonesian lead.
 */
const YAML_REASONS: [RegExp, string][] = [
  [/^duplicated mapping key/, 'kunci yang sama ditulis dua kali; setiap kunci hanya boleh sekali'],
  [/^bad indentation/, 'indentasi (spasi di awal baris) tidak sesuai dengan baris sebelumnya'],
  [/within a (double|single) quoted scalar/, 'tanda kutip dibuka tetapi tidak ditutup'],
  [
    /within a flow collection|missed comma between flow collection entries|expected the node content, but found/,
    'kurung { } atau [ ] tidak lengkap, atau koma di antara isinya hilang',
  ],
  [
    /incomplete explicit mapping pair|a multiline key may not be an implicit key|can not read an implicit mapping pair|can not read a block mapping entry/,
    'baris ini bukan pasangan kunci: nilai; nilai yang berisi titik dua (:) harus diberi tanda kutip',
  ],
  [/^end of the stream or a document separator is expected/, 'ada teks yang tidak dapat dibaca sebagai kunci: nilai'],
  [/^unknown tag/, 'tanda ! di awal nilai tidak dikenal; beri tanda kutip pada nilai yang diawali !'],
  [
    /^anchor|^unidentified alias/,
    'anchor (&nama) dan alias (*nama) YAML tidak diizinkan; tulis setiap nilai lengkap di tempatnya (beri tanda kutip pada nilai yang diawali & atau *)',
  ],
  [
    /tab characters must not be used|cannot start any token/,
    'ada karakter yang tidak boleh mengawali nilai (mis. tab, @ atau `); pakai spasi untuk indentasi dan beri tanda kutip pada nilai',
  ],
];

function yamlReason(reason: string): string {
  const known = YAML_REASONS.find(([pattern]) => pattern.test(reason));
  return known ? known[1] : `YAML tidak sah (${reason})`;
}

/** Defence in depth: gray-matter never gets to run another language's parser. */
const refuse = (): never => {
  throw new Error('bahasa front matter selain YAML tidak diizinkan');
};

const FRONT_MATTER_HINT = 'diharapkan front matter YAML di antara dua baris ---';

/** Largest front matter, in characters: settings are a few lines; more is a pasted file, or an attack on the parser. */
export const FRONT_MATTER_MAX = 64 * 1024;

/**
 * js-yaml calls this as it finishes each node: the first node with an anchor (`&a`) stops the
 * parse, at its line. Anchors and aliases (`*a`) are what "billion laughs" documents are made
 * of (seconds of work, then a crash), and settings never need them; an alias without an
 * anchor is js-yaml's own error.
 */
function refuseAnchors(event: string, state: { anchor: string | null; input: string; position: number }): void {
  if (event !== 'close' || state.anchor === null) return;
  const at = state.input.lastIndexOf(`&${state.anchor}`, state.position);
  const line = state.input.slice(0, Math.max(at, 0)).split('\n').length - 1;
  throw Object.assign(new Error('anchor'), { reason: 'anchor', mark: { line } });
}

/** Front matter keys that hold a name (shown as a title or label, or part of an address): NAME_MAX; any other text: TEXT_MAX. */
const NAME_KEYS = new Set(['title', 'label', 'slug', 'code', 'key', 'grade', 'publisher', 'zone', 'year']);

/**
 * Parse YAML front matter. Other languages gray-matter would run (notably `---js`, which
 * executes code) are refused before gray-matter sees the file. Returns null, reporting
 * where, when the front matter cannot be read.
 */
export function readFrontMatter(text: string, file: string, problems: Problems): FrontMatter | null {
  if (!checkUtf8(text, file, problems)) return null;
  const source = text.replace(/^\uFEFF/, '');
  const lines = source.split(/\r?\n/);
  const opening = /^---(?!-)\s*(\S*)\s*$/.exec(lines[0] ?? '');
  if (!opening) return { data: {}, body: source, bodyLine: 1 }; // no front matter: all body
  const language = opening[1]!.toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    problems.error(
      file,
      1,
      `front matter "---${opening[1]}" tidak diizinkan; diharapkan front matter YAML yang diawali baris --- saja (bahasa lain, seperti ---js, dapat menjalankan kode)`,
    );
    return null;
  }
  const close = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  if (close === -1) {
    problems.error(file, 1, `front matter dibuka dengan --- di baris 1 tetapi tidak ditutup; ${FRONT_MATTER_HINT}`);
    return null;
  }
  const size = lines.slice(1, close).reduce((n, l) => n + l.length + 1, 0);
  if (size > FRONT_MATTER_MAX) {
    problems.error(
      file,
      1,
      `front matter terlalu besar (${Math.ceil(size / 1024)} KB); paling banyak ${FRONT_MATTER_MAX / 1024} KB: pengaturan cukup beberapa baris, teks panjang ditulis di bawah garis --- penutup`,
    );
    return null;
  }
  try {
    // gray-matter hands its options to js-yaml: the listener is js-yaml's.
    const options = { engines: { js: refuse, javascript: refuse, coffee: refuse, json: refuse, toml: refuse }, listener: refuseAnchors };
    const parsed = matter(source, options as unknown as Parameters<typeof matter>[1]);
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.error(file, 2, `front matter harus berupa pasangan kunci: nilai, mis. code: "18.72"; ${FRONT_MATTER_HINT}`);
      return null;
    }
    checkValues(data as Record<string, unknown>, lines.slice(0, close), file, problems);
    return { data: data as Record<string, unknown>, body: parsed.content, bodyLine: close + 2 };
  } catch (e) {
    const err = e as { message: string; mark?: { line: number }; reason?: string };
    const reason = err.reason ?? err.message;
    // js-yaml counts from 0 on the opening `---` line itself, so its line + 1 is the file's.
    let line = err.mark ? err.mark.line + 1 : 1;
    // An unclosed [ or { is noticed lines later: point at the line that opened it.
    if (/flow collection/.test(reason)) line = openingBracketLine(lines, line) ?? line;
    problems.error(file, line, `front matter tidak dapat dibaca: ${yamlReason(reason)}`);
    return null;
  }
}

/**
 * Every text in the front matter (values and keys, at any depth) as CSV values are checked:
 * no control or invisible characters, a length limit. Reported at the line that holds the
 * character or the text, else at its key.
 */
function checkValues(data: Record<string, unknown>, lines: string[], file: string, problems: Problems): void {
  const lineOf = (text: string, key: string): number => {
    const probe = oddCharacter(text) ?? text.slice(0, 40);
    const i = lines.findIndex((l, n) => n > 0 && probe !== '' && l.includes(probe));
    return i > 0 ? i + 1 : (lineOfKey(lines.join('\n'), key) ?? 2);
  };
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const problem = textProblem(value, NAME_KEYS.has(key) ? NAME_MAX : TEXT_MAX);
      if (problem) problems.error(file, lineOf(value, key), `${cut(key, 40)}: ${problem}`);
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) {
        visit(k, k);
        visit(v, k);
      }
    }
  };
  visit(data, '');
}

/** The nearest line at or before `line` (1-based) with more [ and { than ] and }. */
function openingBracketLine(lines: string[], line: number): number | null {
  for (let i = Math.min(line, lines.length) - 1; i >= 1; i--) {
    const text = lines[i]!.replace(/"[^"]*"|'[^']*'/g, '');
    const open = (text.match(/[[{]/g) ?? []).length;
    const close = (text.match(/[\]}]/g) ?? []).length;
    if (open > close) return i + 1;
  }
  return null;
}

/** Line (1-based) where `key:` is first written, for messages about a front matter field. */
export function lineOfKey(text: string, key: string, occurrence = 0): number | null {
  const lines = text.split(/\r?\n/);
  const pattern = new RegExp(`^\\s*(?:-\\s*)?\\{?\\s*${escapeRegExp(key)}\\s*:`);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (pattern.test(lines[i]!) && seen++ === occurrence) return i + 1;
  }
  return null;
}

/**
 * A scalar as written in the file, for values YAML would turn into numbers:
 * `code: 32.10` is the code "32.10", not 32.1.
 */
export function writtenScalar(text: string, key: string): string | null {
  const line = lineOfKey(text, key);
  if (line === null) return null;
  const m = new RegExp(`^\\s*${escapeRegExp(key)}\\s*:\\s*([^\\s#"']+)\\s*(?:#.*)?$`).exec(text.split(/\r?\n/)[line - 1]!);
  return m ? m[1]! : null;
}

/** Front matter dates are YAML dates (Date objects) or strings; both become YYYY-MM-DD. */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) && !Number.isNaN(Date.parse(value.trim()))) {
    return value.trim();
  }
  return null;
}

/** Optional string field: trimmed, or null when absent or empty. */
export function optionalString(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const s = String(value).trim();
  return s === '' ? null : s;
}

/** Keys come from staff's YAML and may hold any character. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
