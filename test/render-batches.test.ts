/**
 * Rendering in batches (src/render-batches.ts) must not change a single byte: site-small built
 * in three batches equals site-small built in one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchCount, batchedRuns, canRenderInBatches, sliceOf } from '../src/render-batches.ts';
import { loadSite } from '../src/site.ts';
import { buildFixture, fixturePath, type BuiltFixture } from './helpers/build-fixture.ts';
import { hashTree } from './helpers/tree.ts';

const SMALL = fixturePath('site-small');
const TEMPLATES = resolve(import.meta.dirname, '../templates');

describe('sliceOf', () => {
  it('splits into contiguous slices that cover every item once', () => {
    const items = [1, 2, 3, 4, 5, 6, 7];
    // floor(i·7/3): boundaries 0, 2, 4, 7
    expect([0, 1, 2].map((i) => sliceOf(items, i, 3))).toEqual([[1, 2], [3, 4], [5, 6, 7]]);
    expect(sliceOf(items, 0, 1)).toEqual(items);
    // More batches than items: some slices are empty, none repeats an item.
    expect([0, 1, 2, 3].map((i) => sliceOf(['a', 'b'], i, 4))).toEqual([[], ['a'], [], ['b']]);
  });
});

describe('batchCount', () => {
  const view = loadSite(SMALL);
  afterAll(() => delete process.env.SITE_BATCH_REGIONS);

  it('is one batch for a small site and one per SITE_BATCH_REGIONS regions otherwise', () => {
    expect(view.regionPages.length).toBe(9); // 10 regions, Kota Palangka Raya never assessed and without narrative
    expect(batchCount(view, TEMPLATES)).toBe(1);
    process.env.SITE_BATCH_REGIONS = '4';
    expect(batchCount(view, TEMPLATES)).toBe(3);
  });

  it('is off while a template reads collections', () => {
    const dir = mkdtempSync(join(tmpdir(), 'batches-'));
    try {
      mkdirSync(join(dir, '_includes'));
      writeFileSync(join(dir, 'index.njk'), '{{ view.site.title }}');
      expect(canRenderInBatches(dir)).toBe(true);
      writeFileSync(join(dir, '_includes/list.njk'), '{% for p in collections.all %}{{ p.url }}{% endfor %}');
      expect(canRenderInBatches(dir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a batched build', () => {
  let whole: BuiltFixture;
  let batched: BuiltFixture;
  const runs = { whole: 0, batched: 0 };
  beforeAll(async () => {
    const before = batchedRuns();
    whole = await buildFixture(SMALL);
    runs.whole = batchedRuns() - before;
    process.env.SITE_BATCH_REGIONS = '4';
    try {
      batched = await buildFixture(SMALL);
    } finally {
      delete process.env.SITE_BATCH_REGIONS;
    }
    runs.batched = batchedRuns() - before - runs.whole;
  });
  afterAll(() => {
    whole?.cleanup();
    batched?.cleanup();
  });

  it('runs Eleventy once per batch', () => {
    expect(runs).toEqual({ whole: 0, batched: 3 });
  });

  it('writes exactly the files of a single run, byte for byte', () => {
    expect(whole.ok).toBe(true);
    expect(batched.ok).toBe(true);
    expect(batched.files().length).toBeGreaterThan(50);
    expect(hashTree(batched.output)).toEqual(hashTree(whole.output));
  });
});
