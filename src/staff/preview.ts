/**
 * `npm start`: a local preview that follows staff's edits.
 *
 * Eleventy's dev server rebuilds and reloads the browser when data/, content/ or the styles in
 * templates/assets/ change (its configuration, src/render/eleventy-config.ts, reloads the view on each rebuild and, while previewing, keeps the last
 * valid data when input is invalid). Modules in src/ and the templates (TypeScript) are ESM
 * and cannot be reloaded inside a running process, so a change there restarts the server. This supervisor does that, and
 * waits for a fix when the input is invalid before the first start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** What the preview follows. Paths end in `/` for folders; relative to the project or the data root. */
export const PREVIEW_WATCH = {
  /** Staff's files, under the data root: Eleventy rebuilds (watch targets in src/render/eleventy-config.ts). */
  data: ['data/', 'content/'],
  /** Styles, icons and scripts Eleventy copies as they are, under the project: rebuilt by Eleventy. */
  assets: ['templates/assets/'],
  /** Code, under the project, the templates included: the server restarts. */
  code: ['src/', 'templates/', '.eleventy.js'],
  /** Code that only renders: a restart for these alone need not check input again that was valid and has not changed since. */
  renderingOnly: ['templates/'],
  /** Browser bundles: rebuilt by Eleventy on each build (its configuration watches them), no restart needed. */
  codeRebuiltByEleventy: ['src/client/'],
} as const;

/** Never `_site/`: that is the build `npm run diff` compares against. */
export const PREVIEW_OUTPUT = '_preview';
export const PREVIEW_PORT = 8080;

export interface Server {
  /** Resolves with the exit code when the process ends, however it ends. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface PreviewOptions {
  /** Folder with src/, templates/ and .eleventy.js. */
  project: string;
  /** Folder with data/ and content/. */
  root: string;
  port?: number;
  output?: string;
  log?: (line: string) => void;
  /** Validate the inputs; true when they are valid. Default: `scripts/check.ts` in a fresh process. */
  check?: () => Promise<boolean>;
  /** Start the server. Default: Eleventy's dev server in a child process. */
  serve?: () => Server;
  /** Quiet time after the last change before acting, in ms. */
  debounceMs?: number;
}

export type PreviewState = 'checking' | 'serving' | 'waiting' | 'stopped';

export interface Preview {
  readonly state: PreviewState;
  stop(): Promise<void>;
}

/** Each line a child process writes, on standard output or error, as it comes. */
export function forEachLine(child: ChildProcess, log: (line: string) => void): void {
  for (const stream of [child.stdout!, child.stderr!]) {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (buffered + chunk).split(/\r?\n/);
      buffered = lines.pop()!;
      for (const l of lines) log(l);
    });
    stream.on('end', () => buffered !== '' && log(buffered));
  }
}

/** Run a child process, passing each output line to log; with `ipc`, a channel to send it messages. */
function runChild(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: (l: string) => void; ipc?: boolean },
): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? ['ipc' as const] : [])],
  });
  forEachLine(child, options.log);
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { child, exited };
}

function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 5000);
  return exited.then(() => clearTimeout(force));
}

/** `npm run check` in a fresh process, so that it always runs the current src/. */
export function checkInChild(project: string, root: string, log: (l: string) => void): Promise<boolean> {
  return runChild(['--import', 'tsx', join(project, 'scripts/check.ts'), root], { cwd: project, env: process.env, log }).exited.then((code) => code === 0);
}

export interface EleventyServers {
  /** Eleventy's dev server (live reload) on the project's config, reading data from the root. */
  start(port: number, output: string): Server;
  /** End the process kept for the next start. */
  close(): Promise<void>;
}

/**
 * Eleventy's dev servers, each in a process started before it is needed
 * (src/staff/eleventy-standby.mjs): once a server is up, the next one's process loads Eleventy
 * and waits, so a restart for a changed template does not wait for that (docs/performance.md,
 * "Issue 21, stop 32").
 */
export function eleventyServers(project: string, root: string, log: (l: string) => void): EleventyServers {
  const standby = () => runChild([join(project, 'src/staff/eleventy-standby.mjs')], { cwd: project, env: { ...process.env, SITE_DATA: root }, log, ipc: true });
  let next: ReturnType<typeof standby> | null = null;
  let later: NodeJS.Timeout | undefined;
  return {
    start(port, output) {
      // The data pages are rendered on request (src/render/on-request.ts): none left on disk from an earlier preview may be served instead.
      rmSync(output, { recursive: true, force: true });
      const ready = next?.child.connected ? next : standby();
      next = null;
      clearTimeout(later);
      ready.child.on('message', (m) => {
        // Not at once: the browser reloads the page as the server comes up, and loading Eleventy would take a core from it.
        if (m === 'serving') later = setTimeout(() => (next ??= standby()), STANDBY_AFTER_MS);
      });
      ready.child.send({ input: 'templates', output, config: '.eleventy.js', port });
      return { exited: ready.exited, stop: () => stopChild(ready.child, ready.exited) };
    },
    async close() {
      clearTimeout(later);
      if (next) await stopChild(next.child, next.exited);
      next = null;
    },
  };
}

/** How long after a server is up the next one's process starts. */
const STANDBY_AFTER_MS = 1000;

/** Whether `path` is one of `entries` (folders end in `/`) under `base`. */
function isUnder(path: string, base: string, entries: readonly string[]): boolean {
  const rel = relative(base, path).split(sep).join('/');
  return entries.some((e) => (e.endsWith('/') ? `${rel}/`.startsWith(e) : rel === e));
}

/** Which reaction a changed path calls for. */
export function classifyChange(path: string, where: { project: string; root: string }): 'restart' | 'rebuild' | null {
  if (isUnder(path, where.project, [...PREVIEW_WATCH.codeRebuiltByEleventy, ...PREVIEW_WATCH.assets])) return 'rebuild';
  if (isUnder(path, where.project, PREVIEW_WATCH.code)) return 'restart';
  if (isUnder(path, where.root, PREVIEW_WATCH.data)) return 'rebuild';
  return null;
}

export function startPreview(options: PreviewOptions): Preview {
  const { project, root, port = PREVIEW_PORT, output = join(project, PREVIEW_OUTPUT), log = console.error, debounceMs = 100 } = options;
  const check = options.check ?? (() => checkInChild(project, root, log));
  const servers = options.serve ? null : eleventyServers(project, root, log);
  const serve = options.serve ?? (() => servers!.start(port, output));

  let state: PreviewState = 'checking';
  let server: Server | null = null;
  let cycling: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  // A function, so TypeScript does not narrow `state` across awaits.
  const stopped = () => state === 'stopped';

  /** Whether the input may have changed, or the code that checks it, since it was last found valid. */
  let unchecked = true;
  /**
   * Validate, then (re)start the server. When the input is invalid, a running server is left
   * alone (it keeps showing the last valid build); without one, the preview waits for a fix.
   */
  const cycle = () => {
    cycling = cycling.then(async () => {
      if (stopped()) return;
      if (!server) state = 'checking';
      // A template edit alone restarts without checking input found valid since (docs/performance.md, "Notes moved from code comments").
      const ok = !server || unchecked ? await check() : true;
      unchecked = !ok;
      if (stopped()) return;
      if (!ok) {
        if (server) log('Data belum valid: pratinjau tetap menampilkan build terakhir yang valid.');
        else {
          state = 'waiting';
          log('Pratinjau menunggu: perbaiki kesalahan di atas lalu simpan; berkas terus dipantau.');
        }
        return;
      }
      if (server) {
        const old = server;
        server = null;
        await old.stop();
      }
      const current = serve();
      server = current;
      state = 'serving';
      void current.exited.then((code) => {
        if (server !== current || stopped()) return; // stopped on purpose
        server = null;
        state = 'waiting';
        log(`Server pratinjau berhenti (kode ${code}); menunggu perubahan berkas untuk mencoba lagi.`);
      });
    });
  };

  const onChange = (path: string) => {
    const kind = classifyChange(path, { project, root });
    if (kind !== null && !(kind === 'restart' && isUnder(path, project, PREVIEW_WATCH.renderingOnly))) unchecked = true;
    // While serving, Eleventy handles rebuilds itself; otherwise any change is a reason to try again.
    if (kind === null || (kind === 'rebuild' && state === 'serving')) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (kind === 'restart' && state === 'serving') log('Kode berubah; server pratinjau dimulai ulang…');
      cycle();
    }, debounceMs);
  };

  const watchers: FSWatcher[] = [];
  const follow = (base: string, entry: string) => {
    const path = join(base, entry);
    if (!existsSync(path)) return;
    // A single file is followed through its folder: editors replace files rather than write in place.
    const w = entry.endsWith('/')
      ? watch(path, { recursive: true }, (_e, name) => onChange(join(path, String(name ?? ''))))
      : watch(dirname(path), (_e, name) => name === basename(path) && onChange(path));
    w.on('error', () => {}); // a watched folder removed while previewing: nothing to do
    watchers.push(w);
  };
  for (const e of PREVIEW_WATCH.code) follow(project, e);
  for (const e of PREVIEW_WATCH.data) follow(root, e);

  cycle();
  return {
    get state() {
      return state;
    },
    async stop() {
      state = 'stopped';
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      await cycling;
      if (server) await server.stop();
      server = null;
      await servers?.close();
    },
  };
}
