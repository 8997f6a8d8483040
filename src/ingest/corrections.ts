import type { Correction } from '../domain/types.ts';
import { lineOfKey, optionalString, renderInline } from './markdown.ts';
import type { Problems } from './problems.ts';

const EXAMPLE = '- { date: 2024-03-01, text: Nilai 2023 diperbaiki dari 58,10 menjadi 85,10 }';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `YYYY-MM-DD` naming a day that exists (no 30 February). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Read a narrative's `corrections:` list, each item `{ date: YYYY-MM-DD, text: … }`.
 * Problems are reported at the item's line; items with problems are left out.
 */
export function readCorrections(value: unknown, text: string, file: string, problems: Problems): Correction[] {
  if (value === undefined || value === null) return [];
  const at = lineOfKey(text, 'corrections');
  if (!Array.isArray(value)) {
    problems.error(file, at, `corrections harus berupa daftar ralat, mis. ${EXAMPLE}`);
    return [];
  }
  const items = listItems(text, at);
  // A flow list (`corrections: [ … ]`) has no item lines: its dates are found in order after the key.
  const flowDates = items.length === 0 && at !== null ? writtenDates(frontMatterFrom(text, at)) : [];
  const corrections: Correction[] = [];
  value.forEach((item: unknown, i: number) => {
    const line = items[i]?.line ?? at;
    const n = i + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.error(file, line, `ralat ${n}: harus berisi date dan text, mis. ${EXAMPLE}`);
      return;
    }
    const fields = item as Record<string, unknown>;
    const written = items[i] ? (writtenDates(items[i].source)[0] ?? null) : (flowDates[i] ?? null);
    const date = correctionDate(fields.date, written);
    const body = optionalString(fields.text);
    if (fields.date === undefined || fields.date === null) {
      problems.error(file, line, `ralat ${n}: tanggal (date) wajib; diharapkan YYYY-MM-DD, mis. 2024-03-01`);
    } else if (!date) {
      problems.error(
        file,
        line,
        `ralat ${n}: tanggal "${written ?? String(fields.date)}" tidak sah; diharapkan tanggal yang ada di kalender, YYYY-MM-DD (mis. 2024-03-01)`,
      );
    }
    if (!body) problems.error(file, line, `ralat ${n}: teks (text) kosong; tulis apa yang dikoreksi dan kapan`);
    if (date && body) corrections.push({ date, text: body, html: renderInline(body) });
  });
  return corrections;
}

/**
 * YAML turns `2024-02-30` into 1 March without complaint, so the date is checked as
 * written in the file when it can be found there, and as parsed otherwise.
 */
function correctionDate(value: unknown, written: string | null): string | null {
  if (written !== null) return isCalendarDate(written) ? written : null;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const s = typeof value === 'string' ? value.trim() : '';
  return isCalendarDate(s) ? s : null;
}

/** Values of `date:` keys as written in source, quotes removed, in order. */
function writtenDates(source: string): string[] {
  const pattern = /(?:^|[\s{,])date\s*:\s*(?:"([^"]*)"|'([^']*)'|([^,}#\r\n]*))/g;
  return [...source.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim());
}

/** The front matter from line `from` (1-based) up to its closing `---`. */
function frontMatterFrom(text: string, from: number): string {
  const lines = text.split(/\r?\n/).slice(from - 1);
  const end = lines.findIndex((l, i) => i > 0 && l.startsWith('---'));
  return lines.slice(0, end === -1 ? undefined : end).join('\n');
}

/**
 * Block-list items under the `corrections:` key at line `keyLine`: each item's first line
 * and its source text (up to the next item), for line numbers and the date as written.
 * A flow list (`corrections: [ … ]`) yields none, and messages fall back to the key's line.
 */
function listItems(text: string, keyLine: number | null): { line: number; source: string }[] {
  if (keyLine === null) return [];
  const lines = text.split(/\r?\n/);
  const indent = (l: string) => l.length - l.trimStart().length;
  const keyIndent = indent(lines[keyLine - 1]!);
  const items: { line: number; source: string }[] = [];
  let itemIndent: number | null = null;
  for (let i = keyLine; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const isItem = /^\s*-(\s|$|\{)/.test(l);
    if (l.startsWith('---') || (indent(l) <= keyIndent && !(isItem && indent(l) === keyIndent))) break;
    if (isItem && (itemIndent === null || indent(l) === itemIndent)) {
      itemIndent = indent(l);
      items.push({ line: i + 1, source: l });
    } else if (items.length > 0) {
      items[items.length - 1]!.source += `\n${l}`;
    }
  }
  return items;
}
