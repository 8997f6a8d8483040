import * as format from '../view/format.ts';
import { jsonScript } from '../view/charts.ts';
import { urls } from '../view/urls.ts';

/**
 * The template filters, in one place for both renderers: Eleventy's (src/render/eleventy-config.ts) and the
 * per-region page writer (src/render/data-pages.ts). `siteUrl` is read when a filter
 * runs, so a preview that reloads the data gets the new address.
 */
export function templateFilters(siteUrl: () => string): Record<string, (...args: never[]) => unknown> {
  return {
    num: format.formatScore,
    change: format.formatChange,
    int: format.formatInteger,
    pct: format.formatPercent,
    date: format.formatDate,
    rankChange: format.formatRankChange,
    zoneLabel: (z: keyof typeof format.ZONE_LABEL) => format.ZONE_LABEL[z],
    kindLabel: (k: keyof typeof format.KIND_LABEL) => format.KIND_LABEL[k],
    absolute: (path: string) => `${siteUrl()}${path}`,
    // Charts: data blocks (`<script type="application/json">`) and the bundles that read them.
    jsonScript,
    scriptUrl: urls.script,
  };
}
