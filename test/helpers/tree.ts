/** Reading built trees in tests: list files, hash them, compare two builds byte for byte. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((p) => p.split('\\').join('/'))
    .filter((p) => statSync(join(dir, p)).isFile())
    .sort();
}

/** sha256 of each file's bytes, keyed by relative path; equal maps mean byte-identical trees. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of listFiles(dir))
    out[file] = createHash('sha256')
      .update(readFileSync(join(dir, file)))
      .digest('hex');
  return out;
}
