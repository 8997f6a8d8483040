/**
 * Give the memory the garbage collector has freed back to the system. V8 keeps the pages it frees
 * (a thread's whole heap too, when the thread ends) resident in a pool for the whole process, and
 * hands them back only after a collection that aims to reduce memory, which Node never asks for.
 * At 55,000 regions, once the helper thread had ended, this took the build process from 2.15 GB to
 * 1.43 GB at once and to 0.73 GB seconds later, while the search index's process grew by 0.7 GB;
 * it costs 1.7 s there, 0.05 s on the sample (docs/performance.md, "Issue 21, stop 27").
 * Needs `--expose-gc`, which the build script gives; without it (tests, previews) nothing happens.
 */
export function releaseFreedMemory(): void {
  const gc = (globalThis as { gc?: (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void }).gc;
  gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
