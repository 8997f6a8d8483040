/** A helper thread (src/render/round-pages.ts): writes the per-round pages it claims, then reports how many. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadSite } from '../site.ts';
import { claimedRoundPages, RoundPageClaims, writeDataPages } from './data-pages.ts';
import type { HelperReply, RoundPagesJob } from './round-pages.ts';
import { InvalidInputError } from '../ingest/problems.ts';

const { root, outputDir, templatesDir, claims } = workerData as RoundPagesJob;
let reply: HelperReply;
try {
  const view = loadSite(root);
  reply = { written: await writeDataPages(outputDir, view, claimedRoundPages(view, new RoundPageClaims(claims)), { templatesDir }) };
} catch (e) {
  // Problems in the input (changed since the main thread checked it) as staff read them; anything else with its stack.
  reply = { error: e instanceof InvalidInputError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
parentPort!.postMessage(reply);
