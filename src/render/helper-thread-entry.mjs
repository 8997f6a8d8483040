// A helper thread's entry (src/render/helper-threads.ts) when running from the sources (tests):
// TypeScript through tsx, registered here as .eleventy.js does, then the work itself. Compiled
// (scripts/compiled.mjs), helper-thread.ts itself is compiled under this name.
import { register } from 'tsx/esm/api';

register();
await import('./helper-thread.ts');
