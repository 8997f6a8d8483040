/**
 * Peak memory of a whole process tree: the sum of the resident set sizes of a process and
 * all its descendants (Pagefind's and esbuild's processes beside the build's Node), read
 * from /proc every `everyMs`. /usr/bin/time -v reports only the largest single process.
 * Linux only; elsewhere the peak stays null.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

/** Parent of every process now running: pid → ppid. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (2nd field) may hold spaces or parentheses: the fields after its last ')' are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      out.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

/** Resident bytes of `root` and its descendants now. */
export function treeRss(root: number): number {
  const ppid = parents();
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of ppid) {
      if (tree.has(pid) || !tree.has(parent)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]) * PAGE;
    } catch {
      // ended meanwhile
    }
  }
  return bytes;
}

/** Sample the tree under `pid` until stopped; `stop()` returns the highest sum seen, in MB (null without /proc). */
export function watchTree(pid: number, everyMs = 100): { stop: () => number | null } {
  let peak: number | null = null;
  const sample = () => {
    try {
      peak = Math.max(peak ?? 0, treeRss(pid));
    } catch {
      // no /proc
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak === null ? null : peak / 2 ** 20;
    },
  };
}
