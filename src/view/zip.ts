import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';
import type { FileContent } from './outputs.ts';

/** One file of a zip: its name inside the archive and its bytes, made when the zip is written. */
export interface ZipEntry {
  name: string;
  content: () => FileContent;
  /** Not compressed again (a spreadsheet is a zip already): deflate's stored blocks. */
  stored?: boolean;
}

/**
 * Compression of the deflated entries: level 2, much faster than the default 6 on a sheet's
 * XML for slightly larger files (docs/performance.md, "Spreadsheets and the data zip").
 */
const LEVEL = 2;
/**
 * An entry is deflated a slice at a time, each slice with the end of the one before as its
 * dictionary (as pigz does): one deflate stream, made by Node's zlib without holding the entry
 * whole. The slices fall at fixed offsets of the entry, so its bytes depend on its content alone.
 */
const SLICE = 1 << 20;
/** How far back deflate looks: the dictionary a slice is given. */
const WINDOW = 1 << 15;
/** Bytes handed to the compressor at once: text pieces are gathered up to this size. */
const CHUNK = 1 << 16;

const encoder = new TextEncoder();

/** Content as bytes, piece by piece; text pieces gathered into chunks of about CHUNK bytes. */
export function* bytesOf(content: FileContent): Generator<Uint8Array> {
  if (typeof content === 'string') return yield encoder.encode(content);
  if (content instanceof Uint8Array) return yield content;
  let text = '';
  for (const piece of content) {
    if (typeof piece === 'string') {
      text += piece;
      if (text.length < CHUNK) continue;
      yield encoder.encode(text);
      text = '';
    } else {
      if (text) yield encoder.encode(text);
      text = '';
      yield piece;
    }
  }
  if (text) yield encoder.encode(text);
}

/**
 * An entry deflated by Node's zlib, 3–4 times as fast as fflate's deflate in JavaScript
 * (docs/performance.md, "Issue 21, stop 27"), with its CRC-32 also by zlib. fflate's way to add a
 * compression: a ZipPassThrough whose `process` gets the data, its `push` keeping the size and
 * CRC of the data before compression.
 */
class ZipEntryDeflate extends ZipPassThrough {
  /** The level in the zip's general purpose flag, bits 1-2 (APPNOTE 4.4.4), as fflate's ZipDeflate sets it. */
  readonly flag: 0 | 1 | 2 | 3;
  private readonly level: number;
  private running = 0;
  /** Data not yet deflated, less than a slice, kept as given: a buffer pushed must not be reused (text is encoded afresh, files read afresh). */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** The end of the last slice deflated: the next slice's dictionary. */
  private window: Uint8Array | undefined;
  constructor(name: string, level: number) {
    super(name);
    this.level = level;
    this.compression = 8;
    this.flag = level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0;
  }
  override push(chunk: Uint8Array, final = false): void {
    this.running = crc32(chunk, this.running);
    this.size += chunk.length;
    if (final) this.crc = this.running;
    this.process(chunk as Uint8Array<ArrayBuffer>, final);
  }
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    if (chunk.length > 0) this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < SLICE && !final) return;
    const data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    let at = 0;
    // Every whole slice, then at the end what is left (perhaps nothing): where the pieces fell does not matter.
    for (; data.length - at >= SLICE; at += SLICE) this.slice(data.subarray(at, at + SLICE), false);
    const rest = data.subarray(at);
    if (final) this.slice(rest, true);
    this.pending = final || rest.length === 0 ? [] : [rest];
    this.pendingBytes = final ? 0 : rest.length;
  }
  private slice(data: Uint8Array, final: boolean): void {
    const finishFlush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    this.ondata(null, deflateRawSync(data, { level: this.level, finishFlush, dictionary: this.window }), final);
    this.window = data.subarray(Math.max(0, data.length - WINDOW)); // every slice but the last is SLICE bytes
  }
}

/**
 * A zip of the entries, in their order, made piece by piece as it is written (a zip of a
 * national site's data is hundreds of megabytes: never held whole). Every entry carries
 * the same date, `date` (YYYY-MM-DD, from the data), so the bytes are the same on every
 * build, on any machine: zip dates are local time, so the date is made in local time.
 */
export function zipFiles(entries: Iterable<ZipEntry>, date: string): Iterable<Uint8Array> {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Noon: no time zone changes its clocks then, so the local date is always this one.
  const mtime = new Date(Math.max(y, 1980), m - 1, d, 12);
  return (function* () {
    const out: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      out.push(chunk);
    });
    for (const entry of entries) {
      // Deflate even when stored: a stored entry whose size follows its data (as in any zip
      // made piece by piece) is one some unzippers cannot read.
      const file = new ZipEntryDeflate(entry.name, entry.stored ? 0 : LEVEL);
      file.mtime = mtime;
      zip.add(file);
      for (const bytes of bytesOf(entry.content())) {
        file.push(bytes);
        yield* out.splice(0);
      }
      file.push(new Uint8Array(0), true);
      yield* out.splice(0);
    }
    zip.end();
    yield* out.splice(0);
  })();
}
