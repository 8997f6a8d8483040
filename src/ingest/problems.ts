/** Problems found in staff's files, collected so that all of them are reported at once. */

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
    this.list.push({ file, line, message: oneLine(message), severity: 'error' });
  }

  warn(file: string, line: number | null, message: string): void {
    this.list.push({ file, line, message: oneLine(message), severity: 'warning' });
  }

  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity === 'warning');
  }
}

/** One problem per output line: a value quoted from a file may hold line breaks, shown as \n. */
function oneLine(message: string): string {
  return message.replace(/\r?\n|\r/g, '\\n');
}

/** `path:line: message`, the format editors and CI logs turn into links. */
export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const prefix = p.severity === 'warning' ? 'peringatan: ' : '';
  return `${where}: ${prefix}${p.message}`;
}

/** Thrown when input has errors; carries every problem found. */
export class InvalidInputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n'));
    this.name = 'InvalidInputError';
  }
}
