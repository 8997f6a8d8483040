/** A helper thread (src/render/helper-threads.ts): writes the pages it claims (and the social cards, if asked), then reports how many pages. */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { viewOf } from '../site.ts';
import { claimedPages, PageClaims, writeDataPages } from './data-pages.ts';
import type { HelperReply, HelperJob } from './helper-threads.ts';
import { writeCards } from '../cards/render.ts';
import { stepTimer } from '../step-timer.ts';

const job = workerData as HelperJob;
const { outputDir, claims, cards } = job;
const step = stepTimer(`pembantu ${threadId}`);
let reply: HelperReply;
try {
  const view = viewOf(takeDataset());
  step('tampilan (view) dibuat');
  // Cards are drawn on their own threads: this one hands them out between pages.
  const cardsWritten = cards ? writeCards(outputDir, view.reuse.cards) : undefined;
  cardsWritten?.catch(() => {}); // reported below
  const written = await writeDataPages(outputDir, view, claimedPages(view, new PageClaims(claims)));
  step('halaman wilayah');
  await cardsWritten;
  if (cardsWritten && view.reuse.cards.length > 0) step('kartu berbagi');
  reply = { written };
} catch (e) {
  reply = { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
parentPort!.postMessage(reply);

/** The input, no longer held by the job once the view is made of it: a national site's raw scores are large. */
function takeDataset(): HelperJob['dataset'] {
  const { dataset } = job;
  (job as Partial<HelperJob>).dataset = undefined;
  return dataset;
}
