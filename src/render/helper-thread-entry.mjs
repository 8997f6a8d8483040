// A helper thread's entry (src/render/helper-threads.ts): TypeScript through tsx, registered
// here as .eleventy.js does, then the work itself.
import { register } from 'tsx/esm/api';

register();
await import('./helper-thread.ts');
