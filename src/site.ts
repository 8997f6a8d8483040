/**
 * The whole pipeline, free of Eleventy: ingest → model → view.
 * src/render/eleventy-config.ts and the scripts call this; tests call the stages directly.
 */
import { loadDataset } from './ingest/load.ts';
import { InvalidInputError, type Problem } from './ingest/problems.ts';
import { computeResults } from './model/results.ts';
import { buildView, type SiteView } from './view/site.ts';
import type { Dataset } from './domain/types.ts';

export interface Checked {
  problems: Problem[];
  ok: boolean;
}

/** Validate `data/` and `content/` under root without building anything. */
export function checkInputs(root: string): Checked {
  const { problems, ok } = readInputs(root);
  return { problems, ok };
}

/** Checked, with the input as read: when ok, `viewOf(dataset)` builds the site without reading it again. */
export function readInputs(root: string): Checked & { dataset: Dataset } {
  const { dataset, problems } = loadDataset(root);
  return { problems: problems.list, ok: problems.errors.length === 0, dataset };
}

/** The site's view data from valid input. */
export function viewOf(dataset: Dataset): SiteView {
  // The view reads results, never the raw scores: without them here, they can be let go of
  // once the caller is done with the dataset (docs/performance.md, "What changed in stop 11").
  return buildView({ ...dataset, scores: new Map() }, computeResults(dataset));
}

/** The site's view data; throws InvalidInputError listing every problem when input is invalid. */
export function loadSite(root: string): SiteView {
  const { dataset, problems } = loadDataset(root);
  if (problems.errors.length > 0) throw new InvalidInputError(problems.list);
  return viewOf(dataset);
}
