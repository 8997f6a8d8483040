/**
 * The last line of defence of the command-line scripts (build, check, new-round, diff, start):
 * an exception nothing else caught prints one line in Indonesian and where to report it, not
 * a stack trace, which says nothing to staff and hides the one line that matters. `--debug`
 * (anywhere in the arguments; removed before the script reads them) prints the stack too.
 */
import { relative } from 'node:path';
import { fsErrorIn, fsWords } from './fs-errors.ts';
import { cut } from './ingest/problems.ts';

/** Whether `--debug` was given (or KEPATUHAN_DEBUG=1). */
export const DEBUG = process.argv.includes('--debug') || process.env.KEPATUHAN_DEBUG === '1';

/** A path as staff typed it: relative to where the command runs, when inside it. */
export const shownPath = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') ? rel : path;
};

/** The lines printed for an exception nothing else caught, in the command `command`. */
export function unexpectedLines(command: string, e: unknown, debug = DEBUG): string[] {
  const fs = fsErrorIn(e);
  const err = e instanceof Error ? e : new Error(String(e));
  const what = cut(`${err.name}: ${err.message}`.split('\n')[0]!, 200);
  const lines = fs
    ? [`${shownPath(fs.path)}: berkas atau folder ini tidak dapat dipakai (${command}): ${fsWords(fs.code)}; periksa izin dan ruang disk, lalu jalankan lagi.`]
    : [`${command}: kesalahan tak terduga (${what}); ini kesalahan program, bukan kesalahan data Anda.`];
  lines.push(`Bila terulang, laporkan ke pengembang situs beserta keluaran "npm run ${command} -- --debug" (docs/staf/pesan-kesalahan.md, bagian 9).`);
  if (debug && err.stack) lines.push(err.stack);
  return lines;
}

/** Catch what the script does not; call first thing in a script. */
export function installSafetyNet(command: string): void {
  process.argv = process.argv.filter((a) => a !== '--debug');
  const fail = (e: unknown) => {
    for (const line of unexpectedLines(command, e)) console.error(line);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
