/**
 * Builds the sample site once per test run, for every file that reads it (vitest `inject('sampleSite')`):
 * a build takes seconds, and four files used to make their own. Skipped when the files selected
 * on the command line do not need it (`npx vitest run test/unit`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../src/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built sample site's folder; empty when this run did not build it. */
    sampleSite: string;
  }
}

/** The files that read the built sample. */
const READERS = [
  'test/journalism.test.ts',
  'test/budget.test.ts',
  'test/links.test.ts',
  'test/browser/pages.test.ts',
  'test/browser/home-region.test.ts',
  'test/browser/charts.test.ts',
  'test/browser/embed-fit.test.ts',
  'test/site/full-site.test.ts',
  'test/site/embed-fit.test.ts',
  'test/site/pages.test.ts',
  'test/site/home-region.test.ts',
];

function needed(project: TestProject): boolean {
  const filters = ((project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? []).map((f) => f.replace(/^\.\//, ''));
  return filters.length === 0 || READERS.some((file) => filters.some((f) => file.includes(f)));
}

let temp: string | null = null;

export async function setup(project: TestProject): Promise<void> {
  if (!needed(project)) {
    project.provide('sampleSite', '');
    return;
  }
  temp = mkdtempSync(join(tmpdir(), 'kepatuhan-sample-'));
  const output = join(temp, 'site');
  const log: string[] = [];
  if (!(await buildSite({ root: resolve(import.meta.dirname, '..'), output, log: (line) => log.push(line) }))) {
    throw new Error(`the sample site did not build:\n${log.join('\n')}`);
  }
  project.provide('sampleSite', output);
}

export function teardown(): void {
  if (temp) rmSync(temp, { recursive: true, force: true });
}
