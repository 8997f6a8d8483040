/** A writable copy of a fixture site (data/ and content/) in a temporary folder, for tests that edit inputs. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../helpers/build-fixture.ts';

export interface TempSite {
  /** The copy's folder: holds data/ and content/. */
  root: string;
  /** A scratch folder next to it, for outputs. */
  scratch: string;
  read(rel: string): string;
  write(rel: string, text: string): void;
  /** Apply `edit` to a file's text. */
  edit(rel: string, edit: (text: string) => string): void;
  cleanup(): void;
}

export function tempSite(fixture = 'site-small'): TempSite {
  const base = mkdtempSync(join(tmpdir(), 'kepatuhan-staff-'));
  const root = join(base, 'root');
  cpSync(fixturePath(fixture), root, { recursive: true });
  const scratch = join(base, 'scratch');
  const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
  const write = (rel: string, text: string) => writeFileSync(join(root, rel), text);
  return {
    root,
    scratch,
    read,
    write,
    edit: (rel, edit) => write(rel, edit(read(rel))),
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** The project folder (scripts/, src/). */
export const PROJECT = join(import.meta.dirname, '..', '..');

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `scripts/<name>.ts` with tsx in `cwd`, as `npm run <name>` does from a project folder (tsx found from the project, not `cwd`). */
export function runScript(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): ScriptRun {
  const tsx = join(PROJECT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const r = spawnSync(process.execPath, [tsx, join(PROJECT, 'scripts', `${name}.ts`), ...args], {
    cwd,
    env: { ...process.env, SITE_DATA: undefined, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
