/** The benchmark's readings of /proc on made-up ones: the kernel's page reclaim (bench/reclaim.ts) and a build's process tree (bench/process-tree.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reclaimSeconds } from '../../bench/reclaim.ts';
import { treeNow } from '../../bench/process-tree.ts';

/** A /proc/<pid>/stat line: pid, (comm), state, the parent (4th field), then fields 5–17 with utime (14th) and stime (15th) as given. */
const stat = (pid: number, comm: string, utime: number, stime: number, ppid = 2) =>
  `${pid} (${comm}) S ${ppid} 0 0 0 -1 2129984 0 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 7 0 0\n`;

/** A made-up /proc, removed after the file's tests. */
function fakeProc() {
  const proc = mkdtempSync(join(tmpdir(), 'proc-'));
  afterAll(() => rmSync(proc, { recursive: true, force: true }));
  return {
    proc,
    add(pid: number, text: string) {
      mkdirSync(join(proc, String(pid)));
      writeFileSync(join(proc, String(pid), 'stat'), text);
    },
  };
}

describe('reclaimSeconds', () => {
  const { proc, add } = fakeProc();

  it('adds the user and system time of every kswapd thread, in seconds, and nothing else', () => {
    add(1, stat(1, 'systemd', 500, 700));
    add(47, stat(47, 'kswapd0', 120_000, 3_456));
    add(48, stat(48, 'kswapd1', 44, 0));
    add(90, stat(90, 'odd) (kswapd0', 9_999, 9_999)); // a name with a parenthesis is not kswapd's
    add(3, ''); // a process ended while read
    mkdirSync(join(proc, 'self'));
    expect(reclaimSeconds(proc)).toBeCloseTo((120_000 + 3_456 + 44) / 100, 6);
  });

  it('is null where /proc does not tell', () => {
    expect(reclaimSeconds(join(proc, 'missing'))).toBeNull();
    const empty = mkdtempSync(join(tmpdir(), 'proc-')); // no kswapd: not Linux's /proc
    expect(reclaimSeconds(empty)).toBeNull();
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('treeNow', () => {
  const { proc, add } = fakeProc();

  it('finds every descendant of the root, however deep and in whatever order listed, with its depth and CPU seconds', () => {
    add(12, stat(12, 'pagefind_extended', 150, 50, 11)); // a grandchild listed before its parent
    add(10, stat(10, 'time', 1, 2, 1));
    add(11, stat(11, 'node (build)', 900, 100, 10));
    add(13, stat(13, 'esbuild', 20, 5, 11));
    add(14, stat(14, 'node', 7_000, 7_000, 1)); // not in the tree
    add(15, stat(15, 'sh', 3, 0, 14));
    const tree = treeNow(10, proc).sort((a, b) => a.pid - b.pid);
    expect(tree).toEqual([
      { pid: 10, depth: 0, cpuSeconds: 0.03 },
      { pid: 11, depth: 1, cpuSeconds: 10 },
      { pid: 12, depth: 2, cpuSeconds: 2 },
      { pid: 13, depth: 2, cpuSeconds: 0.25 },
    ]);
  });
});
