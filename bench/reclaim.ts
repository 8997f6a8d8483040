import { processes } from './process-tree.ts';

/**
 * CPU seconds the kernel's page reclaim (the `kswapd` threads) has used since boot; null where
 * /proc does not tell (not Linux). It runs on the cores the build runs on: with the output on
 * tmpfs, a national site's gigabytes (and anything left there before) make it run, and a build
 * slows by what it takes (docs/performance.md, "Issue 21, stop 33").
 */
export function reclaimSeconds(proc = '/proc'): number | null {
  let all;
  try {
    all = processes(proc);
  } catch {
    return null;
  }
  const kswapd = [...all.values()].filter((p) => p.comm.startsWith('kswapd'));
  return kswapd.length === 0 ? null : kswapd.reduce((sum, p) => sum + p.cpuSeconds, 0);
}
