/** Problems found in staff's files, collected so that all of them are reported at once. */
import { UNPRINTABLE } from './text.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  line: number | null;
  message: string;
  severity: Severity;
}

export class Problems {
  readonly list: Problem[] = [];

  error(file: string, line: number | null, message: string): void {
    this.list.push({ file, line, message: tidy(message), severity: 'error' });
  }

  warn(file: string, line: number | null, message: string): void {
    this.list.push({ file, line, message: tidy(message), severity: 'warning' });
  }

  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity === 'warning');
  }
}

/** Longest value a message quotes from a file, in characters: a 5 MB cell is shown by its start. */
export const ECHO_MAX = 80;

/** A value quoted in a message: cut to about ECHO_MAX characters, with "…" where it was cut. */
export function cut(value: string, max = ECHO_MAX): string {
  if (value.length <= max) return value;
  const head = value.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head}…`; // never half of a surrogate pair
}

/** Longest message: a value with quotes of its own escapes the cut below; it cannot flood the terminal either. */
const MESSAGE_MAX = 1000;

/**
 * One problem per output line: a value quoted from a file may hold line breaks, shown as \n,
 * and characters a terminal would act on (escape sequences, bidi controls), shown as \u001b.
 * Every `"value"` longer than ECHO_MAX is cut here, so no message can echo a huge field whole.
 */
function tidy(message: string): string {
  const short = message
    .replace(/\r?\n|\r/g, '\\n')
    .replace(UNPRINTABLE, (ch) => (ch === '\t' ? '\\t' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`))
    .replace(/"([^"]*)"/g, (whole, value: string) => (value.length > ECHO_MAX ? `"${cut(value)}"` : whole));
  return cut(short, MESSAGE_MAX);
}

/** `path:line: message`, the format editors and CI logs turn into links. */
export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const prefix = p.severity === 'warning' ? 'peringatan: ' : '';
  return `${where}: ${prefix}${p.message}`;
}

/** Thrown when input has errors; carries every problem found. */
export class InvalidInputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      problems
        .filter((p) => p.severity === 'error')
        .map(formatProblem)
        .join('\n'),
    );
    this.problems = problems;
    this.name = 'InvalidInputError';
  }
}
