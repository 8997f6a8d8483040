/**
 * html-validate over many files, split across worker threads (one per core): the sample
 * site has thousands of pages and validation is CPU-bound. Uses the project's
 * `.htmlvalidate.json` (rules and the reason for each change: docs/testing.md, "html-validate rules").
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface HtmlProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
export const HTML_VALIDATE_CONFIG = JSON.parse(readFileSync(resolve(ROOT, '.htmlvalidate.json'), 'utf8'));

// Plain CommonJS, run with eval: the worker needs no TypeScript loader.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const { HtmlValidate } = createRequire(workerData.from)('html-validate');
(async () => {
  const validator = new HtmlValidate(workerData.config);
  const out = [];
  for (const file of workerData.files) {
    const report = await validator.validateFile(file);
    for (const r of report.results) for (const m of r.messages) {
      if (m.severity === 2) out.push({ file, line: m.line, rule: m.ruleId, message: m.message });
    }
  }
  parentPort.postMessage(out);
})().catch((e) => { throw e; });
`;

/** Every error html-validate reports for the given HTML files. */
export async function validateHtmlFiles(files: readonly string[], workers = availableParallelism()): Promise<HtmlProblem[]> {
  const n = Math.max(1, Math.min(workers, files.length));
  const slices = Array.from({ length: n }, (_, i) => files.filter((_, j) => j % n === i));
  const results = await Promise.all(
    slices.map(
      (slice) =>
        new Promise<HtmlProblem[]>((done, fail) => {
          const worker = new Worker(WORKER, { eval: true, workerData: { files: slice, config: HTML_VALIDATE_CONFIG, from: resolve(ROOT, 'package.json') } });
          worker.once('message', done);
          worker.once('error', fail);
        }),
    ),
  );
  return results.flat();
}
