/**
 * The small fixture site built and compared file by file with the expected tree in
 * test/output/site-small/ (test/helpers/golden.ts): any change to what the site publishes shows
 * up here, as a diff. On a difference the new tree is written to test/output/site-small-changed/
 * (git-ignored) for `diff -r`; `npm run test:golden:update` makes it the expected tree. A missing
 * expected tree is written, except in CI. Output does not depend on the clock, so none is fixed.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixturePath, type BuiltFixture } from './helpers/build-fixture.ts';
import { describeDifferences, existsTree, readTree, snapshotOf, writeTree } from './helpers/golden.ts';

const EXPECTED = resolve(import.meta.dirname, 'output/site-small');
const CHANGED = `${EXPECTED}-changed`;

let site: BuiltFixture;
beforeAll(async () => {
  site = await buildFixture(fixturePath('site-small'));
  expect(site.ok, site.log.join('\n')).toBe(true);
});
afterAll(() => site?.cleanup());

describe('golden output: test/fixtures/site-small', () => {
  it('builds exactly the expected tree', () => {
    const actual = snapshotOf(site.output);
    if (process.env.GOLDEN_UPDATE || (!existsTree(EXPECTED) && !process.env.CI)) {
      writeTree(EXPECTED, actual);
      writeTree(CHANGED, new Map());
      return;
    }
    const differences = describeDifferences(readTree(EXPECTED), actual);
    if (differences.length > 0) writeTree(CHANGED, actual);
    else writeTree(CHANGED, new Map());
    expect(
      differences,
      `output differs from test/output/site-small (new tree: test/output/site-small-changed; accept with npm run test:golden:update)`,
    ).toEqual([]);
  });
});
