/** A helper thread (src/render/helper-threads.ts): writes the pages it claims, then reports how many. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadSite } from '../site.ts';
import { claimedPages, PageClaims, writeDataPages } from './data-pages.ts';
import type { HelperReply, HelperJob } from './helper-threads.ts';
import { InvalidInputError } from '../ingest/problems.ts';

const { root, outputDir, templatesDir, claims } = workerData as HelperJob;
let reply: HelperReply;
try {
  const view = loadSite(root);
  reply = { written: await writeDataPages(outputDir, view, claimedPages(view, new PageClaims(claims)), { templatesDir }) };
} catch (e) {
  // Problems in the input (changed since the main thread checked it) as staff read them; anything else with its stack.
  reply = { error: e instanceof InvalidInputError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
parentPort!.postMessage(reply);
