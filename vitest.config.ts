import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The whole-site crawl and validation take minutes: `npm run test:site` (vitest.site.config.ts).
    exclude: ['test/site/**', '**/node_modules/**'],
    // The sample site is built once per run, for the files that read it.
    globalSetup: ['test/global-setup.ts'],
    // Build and browser tests start Eleventy and Chromium: give them room, run files one at a time.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
