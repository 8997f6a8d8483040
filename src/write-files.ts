import { closeSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A writer of files under the output folder at their URL paths. A URL ending in `/` is a
 * page, written as its `index.html`, as Eleventy writes permalinks. Each folder is made
 * once per writer, not once per file. Content given in pieces is written piece by piece.
 */
export function fileWriter(outputDir: string): (url: string, content: string | Uint8Array | Iterable<string | Uint8Array>) => void {
  const made = new Set<string>();
  return (url, content) => {
    const path = join(outputDir, url.endsWith('/') ? `${url}index.html` : url);
    const dir = dirname(path);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    if (typeof content === 'string' || content instanceof Uint8Array) return writeFileSync(path, content);
    const fd = openSync(path, 'w');
    try {
      for (const piece of content) writeFileSync(fd, piece); // at the file's position, all of it
    } finally {
      closeSync(fd);
    }
  };
}

type Content = string | Uint8Array | Iterable<string | Uint8Array>;

/**
 * Write generated files (downloads) under the output folder at their URL paths, each made
 * as it is written, in order; a file may read back those written before it (`data/semua-data.zip`
 * holds the data files: read, not made a second time).
 */
export function writeFiles(
  outputDir: string,
  files: readonly { url: string; content: (written: (url: string) => Iterable<Uint8Array> | null) => Content }[],
): void {
  const write = fileWriter(outputDir);
  const done = new Set<string>();
  const written = (url: string) => (done.has(url) ? readPieces(join(outputDir, url)) : null);
  for (const f of files) {
    write(f.url, f.content(written));
    done.add(f.url);
  }
}

/**
 * A file's bytes a megabyte at a time, each read into the same buffer (WrittenFiles): buffers
 * made and dropped by the hundred trigger V8's full collections (src/view/zip.ts).
 */
function* readPieces(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  const piece = Buffer.allocUnsafe(1 << 20);
  try {
    for (;;) {
      const n = readSync(fd, piece);
      if (n === 0) return;
      yield piece.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}
