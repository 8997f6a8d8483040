/**
 * The published contract, `data/YYYY.json`, as the diff compares it: read from a previous
 * site's folder, or taken from what the current inputs would publish.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_METHOD, type Result } from '../domain/types.ts';
import { loadSite } from '../site.ts';
import { urls } from '../view/urls.ts';
import { joined } from '../view/downloads.ts';
import { StaffError } from './errors.ts';

/** Results by round year. */
export type RoundResults = Map<number, Result[]>;
/** Each round's method by year (`"method"` of `data/YYYY.json`; files from before methods were published say none: the default). */
export type RoundMethods = Map<number, string>;

const ROUND_JSON = /^(\d{4})\.json$/;

/** Fields the diff reads: checked so a wrong folder fails with a message, not a crash. */
const REQUIRED: Record<string, 'string' | 'number'> = {
  code: 'string',
  name: 'string',
  kind: 'string',
  slug: 'string',
  band: 'string',
  score: 'number',
  rank: 'number',
  rankOf: 'number',
};

/** The method a round's JSON declares. */
export function methodOf(text: string): string {
  const { method } = JSON.parse(text) as { method?: unknown };
  return typeof method === 'string' ? method : DEFAULT_METHOD;
}

/** Parse one `data/YYYY.json`; `label` names it in messages. */
export function parseRoundJson(text: string, year: number, label: string): Result[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new StaffError(`${label}: bukan JSON yang sah (${(e as Error).message})`);
  }
  const d = data as { year?: unknown; results?: unknown };
  if (typeof d !== 'object' || d === null || d.year !== year || !Array.isArray(d.results)) {
    throw new StaffError(`${label}: bukan berkas data putaran ${year}; diharapkan { "year": ${year}, "results": [ … ] }`);
  }
  d.results.forEach((r: unknown, i: number) => {
    const row = (r ?? {}) as Record<string, unknown>;
    for (const [field, type] of Object.entries(REQUIRED)) {
      if (typeof row[field] !== type) throw new StaffError(`${label}: hasil ke-${i + 1} tidak memiliki "${field}" (${type === 'number' ? 'angka' : 'teks'})`);
    }
    // A round without zones publishes null: text or null, nothing else.
    if (row.zone !== null && typeof row.zone !== 'string') throw new StaffError(`${label}: hasil ke-${i + 1} tidak memiliki "zone" (teks atau null)`);
  });
  return d.results as Result[];
}

/**
 * The data folder of a published site: `<site>/data` when given the site's folder, or the
 * folder itself when it already holds `YYYY.json` files.
 */
export function publishedDataFolder(path: string): string {
  const dir = resolve(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new StaffError(`folder "${path}" tidak ada; berikan folder situs yang sedang terbit (mis. _site) atau folder data/ di dalamnya`);
  }
  const hasRounds = (d: string) => existsSync(d) && statSync(d).isDirectory() && readdirSync(d).some((n) => ROUND_JSON.test(n));
  if (hasRounds(join(dir, 'data'))) return join(dir, 'data');
  if (hasRounds(dir)) return dir;
  throw new StaffError(`tidak ada berkas data/YYYY.json di "${path}"; berikan folder situs yang sedang terbit (mis. _site) atau folder data/ di dalamnya`);
}

/** Every round of a published site, read from its `data/YYYY.json` files. */
export function readPublishedData(path: string): { folder: string; rounds: RoundResults; methods: RoundMethods } {
  const folder = publishedDataFolder(path);
  const rounds: RoundResults = new Map();
  const methods: RoundMethods = new Map();
  for (const name of readdirSync(folder).sort()) {
    const m = ROUND_JSON.exec(name);
    if (!m) continue;
    const year = Number(m[1]);
    const text = readFileSync(join(folder, name), 'utf8');
    rounds.set(year, parseRoundJson(text, year, join(folder, name)));
    methods.set(year, methodOf(text));
  }
  return { folder, rounds, methods };
}

/**
 * What the inputs under root would publish: the very `data/YYYY.json` files the build writes.
 * Throws InvalidInputError (with every problem) when the inputs are invalid.
 */
export function currentData(root: string): { rounds: RoundResults; methods: RoundMethods } {
  const view = loadSite(root);
  const rounds: RoundResults = new Map();
  const methods: RoundMethods = new Map();
  for (const { year, method } of view.rounds) {
    const url = urls.roundJson(year);
    const file = view.files.find((f) => f.url === url);
    if (file) rounds.set(year, parseRoundJson(joined(file.content()), year, url));
    methods.set(year, method);
  }
  return { rounds, methods };
}
