/** A helper thread (src/render/helper-threads.ts): writes the pages it claims (and the social cards, if asked), then reports how many pages. */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { loadSite } from '../site.ts';
import { claimedPages, PageClaims, writeDataPages } from './data-pages.ts';
import type { HelperReply, HelperJob } from './helper-threads.ts';
import { InvalidInputError } from '../ingest/problems.ts';
import { writeCards } from '../cards/render.ts';
import { stepTimer } from '../step-timer.ts';

const { root, outputDir, claims, cards } = workerData as HelperJob;
const step = stepTimer(`pembantu ${threadId}`);
let reply: HelperReply;
try {
  const view = loadSite(root);
  step('tampilan (view) dibuat');
  // Cards are drawn on their own threads: this one hands them out between pages.
  const cardsWritten = cards ? writeCards(outputDir, view.reuse.cards) : undefined;
  cardsWritten?.catch(() => {}); // reported below
  const written = await writeDataPages(outputDir, view, claimedPages(view, new PageClaims(claims)));
  step('halaman wilayah');
  await cardsWritten;
  if (cardsWritten) step('kartu berbagi');
  reply = { written };
} catch (e) {
  // Problems in the input (changed since the main thread checked it) as staff read them; anything else with its stack.
  reply = { error: e instanceof InvalidInputError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
parentPort!.postMessage(reply);
