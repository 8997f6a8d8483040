/** The sample site built once per run by test/global-setup.ts. */
import { inject } from 'vitest';

export function sampleSite(): string {
  const site = inject('sampleSite');
  if (!site) throw new Error('the sample site was not built for this run: name the test file on the command line, or run every test');
  return site;
}
