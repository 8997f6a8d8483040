import type { Dimension, Result, Round } from '../domain/types.ts';
import { csvCell } from './csv-cell.ts';
import type { FileContent } from './outputs.ts';

/** A published row: the contract's result and (extension) the name of its province, so no reader needs the registry. */
export type PublishedResult = Result & { provinceName: string | null };

/** Scalar columns of `data/YYYY.csv`, in the JSON's field order; dimensions follow as `dimensions.<key>`. */
export const FIELDS = [
  'code',
  'name',
  'kind',
  'province',
  'slug',
  'score',
  'zone',
  'band',
  'grade',
  'rank',
  'rankOf',
  'provinceRank',
  'provinceRankOf',
  'previousYear',
  'previousScore',
  'scoreChange',
  'previousRank',
  'rankChange',
  'predicate',
  'opinion',
  'methodBreak',
  'previousRankOf',
  'provinceName',
] as const satisfies readonly (keyof PublishedResult)[];

/** Parts (rows, items) per piece of a download made in pieces. */
const PIECE = 500;

/** The parts joined a few hundred at a time: pieces of a download, written one after another. */
function* inPieces(parts: Iterable<string>): Generator<string> {
  let piece = '';
  let count = 0;
  for (const part of parts) {
    piece += part;
    if (++count % PIECE === 0) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
}

/**
 * `JSON.stringify({ ...head, [key]: items }, null, 2)` and a newline, byte for byte, in
 * pieces of a few hundred items: a site of every village has downloads of hundreds of
 * megabytes, which are written piece by piece, never held whole. `key` must come last in
 * the object, so it may not look like an array index ("0"): JavaScript puts those first.
 */
export function prettyJson(head: Record<string, unknown>, key: string, items: Iterable<unknown>): Iterable<string> {
  return prettyJsonAround(
    head,
    key,
    (function* () {
      for (const piece of batches(items, PIECE)) {
        // A piece of items stringified at the depth they have in the file, inside `{ "k": [ … ] }`,
        // and cut out: one call to JSON.stringify, much faster than one per item (docs/performance.md, "What changed in stop 13").
        const nested = JSON.stringify({ k: piece }, null, 2);
        yield [`\n${nested.slice('{\n  "k": [\n'.length, -'\n  ]\n}'.length)}`];
      }
    })(),
  );
}

/**
 * prettyJson's file around items already written out: each run is one or more items as
 * prettyJson lays them out (each on lines of its own, indented by four spaces, separated by
 * commas), in pieces; a run's text starts with a newline, and a run with no text is left out.
 */
export function* prettyJsonAround<P extends string | Uint8Array>(
  head: Record<string, unknown>,
  key: string,
  runs: Iterable<Iterable<P>>,
): Generator<P | string> {
  const empty = JSON.stringify({ ...head, [key]: [] }, null, 2);
  if (!empty.endsWith(`${JSON.stringify(key)}: []\n}`)) throw new Error(`prettyJson: "${key}" would not be the last field`);
  yield `${empty.slice(0, -'[]\n}'.length)}[`;
  let first = true;
  for (const run of runs) {
    let start = true;
    for (const piece of run) {
      if (piece.length === 0) continue;
      const comma = start && !first;
      if (typeof piece === 'string') yield comma ? `,${piece}` : piece;
      else {
        if (comma) yield ',';
        yield piece;
      }
      start = first = false;
    }
  }
  yield `${first ? ']' : '\n  ]'}\n}\n`;
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** All the pieces of a download as one string (small files, tests); bytes read as UTF-8. */
export function joined(pieces: FileContent): string {
  if (typeof pieces === 'string') return pieces;
  if (pieces instanceof Uint8Array) return Buffer.from(pieces).toString('utf8');
  const all = taken(pieces);
  return all.every((p) => typeof p === 'string') ? all.join('') : concatenated(all).toString('utf8');
}

/** All the pieces of a download as one buffer (a preview's answer, tests). */
export function wholeBytes(pieces: FileContent): Buffer {
  if (typeof pieces === 'string' || pieces instanceof Uint8Array) return Buffer.from(pieces);
  return concatenated(taken(pieces));
}

/** Each piece copied as it comes: a piece of bytes may be a buffer its maker reuses for the next (src/view/outputs.ts). */
const taken = (pieces: Iterable<string | Uint8Array>) => Array.from(pieces, (p) => (typeof p === 'string' ? p : Buffer.from(p)));

/** Pieces already taken, as one buffer. */
const concatenated = (pieces: readonly (string | Uint8Array)[]) => Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));

/**
 * A result with the contract's fields only, in its order: what the JSON downloads list,
 * whatever else the object given carries (the view's rows add a label and links).
 */
export function contractResult(r: PublishedResult): PublishedResult {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) out[f] = r[f];
  out.dimensions = r.dimensions;
  return out as unknown as PublishedResult;
}

/** What a round's JSON says of the round before its results: the contract's `year`, then (extension) its settings. */
export type RoundHead = Pick<Round, 'year' | 'title' | 'published' | 'source' | 'method' | 'sample' | 'predicates' | 'bands' | 'dimensions'>;

export function roundHead(r: RoundHead) {
  return {
    year: r.year,
    title: r.title,
    published: r.published,
    source: r.source,
    method: r.method,
    sample: r.sample,
    predicates: r.predicates,
    bands: r.bands.map((b) => ({ min: b.min, zone: b.zone, label: b.label, grade: b.grade })),
    dimensions: r.dimensions,
  };
}

/** `data/YYYY.json`: the round (year, title, date, source, method, sample, predicates, bands, dimensions), then its results in the contract's order and shape. */
export function roundJson(round: RoundHead, results: readonly PublishedResult[]): Iterable<string> {
  return prettyJson(
    roundHead(round),
    'results',
    (function* () {
      for (const r of results) yield contractResult(r);
    })(),
  );
}

/** Every cell of every published CSV goes through here: formula starts neutralised (./csv-cell.ts). */
const csvField = csvCell;

/** Rows of results as CSV, in pieces of a few hundred lines, with a `year` column first when the rows come from several rounds. */
export function resultsCsv(rows: Iterable<{ year?: number; result: PublishedResult }>, dimensions: readonly Dimension[], withYear: boolean): Iterable<string> {
  const header = [...(withYear ? ['year'] : []), ...FIELDS, ...dimensions.map((d) => `dimensions.${d.key}`)];
  return inPieces(
    (function* () {
      yield `${header.map(csvField).join(',')}\r\n`;
      for (const { year, result } of rows) {
        let line = withYear ? `${year},` : '';
        for (const f of FIELDS) line += `${csvField(result[f])},`;
        for (const d of dimensions) line += `${csvField(result.dimensions[d.key])},`;
        yield `${line.slice(0, -1)}\r\n`;
      }
    })(),
  );
}

/** `data/YYYY.csv`: the same rows and field names as the JSON, one result per line. */
export function roundCsv(results: readonly PublishedResult[], dimensions: readonly Dimension[]): Iterable<string> {
  return resultsCsv(
    results.map((result) => ({ result })),
    dimensions,
    false,
  );
}
