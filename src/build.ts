import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { checkInputs } from './site.ts';
import { reportProblems } from './report.ts';

/** The project folder: templates/ and .eleventy.js. */
const PROJECT = resolve(import.meta.dirname, '..');

export interface BuildOptions {
  /** Folder holding data/ and content/. */
  root: string;
  /** Where the finished site goes; replaced only when the whole build succeeded. */
  output: string;
  log?: (line: string) => void;
}

/**
 * Validate, render into a temporary sibling folder, then swap it in. Any failure leaves
 * the existing output exactly as it was. Returns true on success.
 */
export async function buildSite({ root, output, log = console.error }: BuildOptions): Promise<boolean> {
  const checked = checkInputs(root);
  reportProblems(checked.problems, log);
  if (!checked.ok) return false;

  const out = resolve(output);
  const temp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    process.env.SITE_DATA = resolve(root); // read by .eleventy.js
    const eleventy = new Eleventy(join(PROJECT, 'templates'), temp, { configPath: join(PROJECT, '.eleventy.js'), quietMode: true });
    await eleventy.write();
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    log(`Build gagal: ${(e as Error).message}`);
    log('Situs yang sudah ada tidak diubah.');
    return false;
  }
  // Two renames on one file system: the old site is whole until the new one is in place.
  if (existsSync(out)) renameSync(out, old);
  renameSync(temp, out);
  rmSync(old, { recursive: true, force: true });
  return true;
}
