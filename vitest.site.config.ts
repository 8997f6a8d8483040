import { defineConfig } from 'vitest/config';

/** `npm run test:site`: every page of the built sample (test/site/), built once by the same global setup. */
export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
