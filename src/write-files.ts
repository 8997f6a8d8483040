import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Write generated files (downloads) under the output folder at their URL paths. */
export function writeFiles(outputDir: string, files: readonly { url: string; content: string }[]): void {
  for (const f of files) {
    const path = join(outputDir, f.url);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
}
