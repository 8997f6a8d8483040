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
const encoder = new TextEncoder();

/** Text too long for the room left in a slice is encoded here first (grown as needed, kept for the next). */
let scratch = Buffer.allocUnsafe(0);

/** A zip's buffers, used by one entry after another: the slice being filled, and the dictionary for the next. */
interface SliceBuffers {
  slice: Buffer;
  window: Buffer;
}

/**
 * An entry deflated by Node's zlib, 3–4 times as fast as fflate's deflate in JavaScript
 * (docs/performance.md, "Issue 21, stop 27"), with its CRC-32 also by zlib. fflate's way to add a
 * compression: a ZipPassThrough whose `ondata` gets the deflated data, once `size` and `crc`
 * hold those of the data before compression.
 *
 * The data is gathered in a slice, text encoded straight into it: no piece given is kept (a file
 * read back comes in one buffer, read into again for each piece), and no buffer is made but
 * deflate's output. Every 64 MB of buffers made and dropped makes V8 collect its whole heap,
 * which at 55,000 regions took 0.4 s each time (docs/performance.md, "Issue 21, stop 33").
 */
class ZipEntryDeflate extends ZipPassThrough {
  /** The level in the zip's general purpose flag, bits 1-2 (APPNOTE 4.4.4), as fflate's ZipDeflate sets it. */
  readonly flag: 0 | 1 | 2 | 3;
  private readonly level: number;
  private readonly slice: Buffer;
  /** The end of the last slice deflated: the next slice's dictionary. */
  private readonly window: Buffer;
  private filled = 0;
  private running = 0;
  private deflated = 0;
  constructor(name: string, level: number, buffers: SliceBuffers) {
    super(name);
    this.level = level;
    this.slice = buffers.slice;
    this.window = buffers.window;
    this.compression = 8;
    this.flag = level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0;
  }
  override push(chunk: Uint8Array, final = false): void {
    this.write(chunk);
    if (final) this.end();
  }
  /** Add a piece of the entry's data; it may be reused by its giver once this returns. */
  write(piece: string | Uint8Array): void {
    if (typeof piece !== 'string') return this.copy(piece);
    // Straight into the slice when it has room for the text at its longest (3 bytes a UTF-16 unit).
    if (piece.length * 3 <= SLICE - this.filled) {
      this.filled += encoder.encodeInto(piece, this.slice.subarray(this.filled)).written;
      if (this.filled === SLICE) this.deflate(false);
      return;
    }
    const length = Buffer.byteLength(piece);
    if (scratch.length < length) scratch = Buffer.allocUnsafe(length);
    scratch.write(piece);
    this.copy(scratch.subarray(0, length));
  }
  /** The last of the data has been written. */
  end(): void {
    this.deflate(true);
  }
  private copy(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length;) {
      const n = Math.min(SLICE - this.filled, bytes.length - at);
      this.slice.set(bytes.subarray(at, at + n), this.filled);
      this.filled += n;
      at += n;
      if (this.filled === SLICE) this.deflate(false);
    }
  }
  /** Every slice but the last is SLICE bytes: where the pieces fell does not matter. */
  private deflate(final: boolean): void {
    const data = this.slice.subarray(0, this.filled);
    this.running = crc32(data, this.running);
    this.size += data.length;
    const finishFlush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    const out = deflateRawSync(data, { level: this.level, finishFlush, dictionary: this.deflated > 0 ? this.window : undefined });
    if (!final) data.copy(this.window, 0, SLICE - WINDOW);
    this.filled = 0;
    this.deflated++;
    if (final) this.crc = this.running;
    this.ondata(null, out, final);
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
    // Its own, not the module's: a zip may be made while another is (a workbook in the data zip, made rather than read back).
    const buffers: SliceBuffers = { slice: Buffer.allocUnsafe(SLICE), window: Buffer.allocUnsafe(WINDOW) };
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      out.push(chunk);
    });
    for (const entry of entries) {
      // Deflate even when stored: a stored entry whose size follows its data (as in any zip
      // made piece by piece) is one some unzippers cannot read.
      const file = new ZipEntryDeflate(entry.name, entry.stored ? 0 : LEVEL, buffers);
      file.mtime = mtime;
      zip.add(file);
      const content = entry.content();
      for (const piece of typeof content === 'string' || content instanceof Uint8Array ? [content] : content) {
        file.write(piece);
        yield* out.splice(0);
      }
      file.end();
      yield* out.splice(0);
    }
    zip.end();
    yield* out.splice(0);
  })();
}
