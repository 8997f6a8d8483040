import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';
import type { Problems } from './problems.ts';

/** Raw HTML is off: narratives are text from staff, never markup that reaches readers unescaped. */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** Inline markdown for one-line fields (titles, labels): escaped, no block wrapper. */
export function renderInline(source: string): string {
  return md.renderInline(source);
}

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
}

const refuse = (): never => {
  throw new Error('REFUSED_ENGINE');
};

/**
 * Parse YAML front matter. Other engines (notably `---js`, which would execute code) are
 * refused. Returns null, reporting where, when the front matter cannot be read.
 */
export function readFrontMatter(text: string, file: string, problems: Problems): FrontMatter | null {
  try {
    const parsed = matter(text, { engines: { js: refuse, javascript: refuse, coffee: refuse, json: refuse, toml: refuse } });
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.error(file, 2, 'front matter harus berupa pasangan kunci: nilai (YAML)');
      return null;
    }
    return { data: data as Record<string, unknown>, body: parsed.content };
  } catch (e) {
    const err = e as { message: string; mark?: { line: number }; reason?: string };
    if (err.message === 'REFUSED_ENGINE') {
      problems.error(file, 1, 'front matter harus YAML (diawali ---); bahasa lain seperti ---js tidak diizinkan');
    } else if (err.mark) {
      // js-yaml counts from 0 starting on the opening `---` line itself.
      problems.error(file, err.mark.line + 1, `front matter tidak dapat dibaca: ${err.reason ?? err.message}; periksa titik dua, tanda kutip dan indentasi`);
    } else {
      problems.error(file, 1, `front matter tidak dapat dibaca: ${err.message}`);
    }
    return null;
  }
}

/** Line (1-based) where `key:` is first written, for messages about a front matter field. */
export function lineOfKey(text: string, key: string, occurrence = 0): number | null {
  const lines = text.split(/\r?\n/);
  const pattern = new RegExp(`^\\s*(?:-\\s*)?\\{?\\s*${key}\\s*:`);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (pattern.test(lines[i]!) && seen++ === occurrence) return i + 1;
  }
  return null;
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
