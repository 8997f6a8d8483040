import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { classifyChange, eleventyServers, PREVIEW_OUTPUT, PREVIEW_WATCH, startPreview, type Preview, type Server } from '../../src/staff/preview.ts';
import { PROJECT, tempSite, type TempSite } from './temp-site.ts';
import { configureEleventy, type EleventyConfig } from '../../src/render/eleventy-config.ts';
import { ELEVENTY_TEMPLATES } from '../../templates/eleventy.ts';
import { processes } from '../../bench/process-tree.ts';

/** Poll until `condition` holds; fail with `what` after `ms`. */
async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('what npm start follows', () => {
  it('rebuilds on data/, content/ and templates/, restarts on src/ and .eleventy.js', () => {
    expect(PREVIEW_WATCH.data).toEqual(['data/', 'content/']);
    expect(PREVIEW_WATCH.assets).toEqual(['templates/assets/']);
    expect(PREVIEW_WATCH.code).toEqual(['src/', 'templates/', '.eleventy.js']);
    const where = { project: '/p', root: '/d' };
    expect(classifyChange('/d/data/scores/2024.csv', where)).toBe('rebuild');
    expect(classifyChange('/d/content/regions/18.md', where)).toBe('rebuild');
    expect(classifyChange('/p/templates/_data-pages/wilayah.ts', where)).toBe('restart'); // templates are modules too
    expect(classifyChange('/p/templates/assets/site.css', where)).toBe('rebuild');
    expect(classifyChange('/p/src/model/rank.ts', where)).toBe('restart');
    expect(classifyChange('/p/.eleventy.js', where)).toBe('restart');
    expect(classifyChange('/p/src/client/chart.ts', where)).toBe('rebuild'); // bundled by Eleventy on each build
    expect(classifyChange('/p/srcx/a.ts', where)).toBeNull();
    expect(classifyChange('/d/_preview/index.html', where)).toBeNull();
    // Data inside the project (the usual case): same answers.
    expect(classifyChange('/p/data/regions.csv', { project: '/p', root: '/p' })).toBe('rebuild');
  });

  it('Eleventy watches data/ and content/ of the data root and the browser scripts, and renders the templates of templates/eleventy.ts', () => {
    const watched: string[] = [];
    const templates: string[] = [];
    const ignore = () => {};
    const config: EleventyConfig = {
      on: ignore,
      addGlobalData: ignore,
      addTemplate: (path) => void templates.push(path),
      addWatchTarget: (path) => void watched.push(path),
      addPassthroughCopy: ignore,
      addPlugin: ignore,
      setTemplateFormats: ignore,
      setQuietMode: ignore,
      setServerOptions: ignore,
      setUseGitIgnore: ignore,
    };
    configureEleventy(config, PROJECT);
    expect(watched.sort()).toEqual([`${PROJECT}/content/`, `${PROJECT}/data/`, 'src/client/']);
    expect(templates.sort()).toEqual(Object.keys(ELEVENTY_TEMPLATES).sort());
    // The previews' Eleventy reads its input folder from the config file.
    expect(readFileSync(join(PROJECT, '.eleventy.js'), 'utf8')).toMatch(/input: 'templates'/);
  });

  it('previews into _preview/, never into _site/ (which npm run diff compares with)', () => {
    expect(PREVIEW_OUTPUT).toBe('_preview');
  });
});

describe('the preview supervisor', () => {
  let base: string;
  let preview: Preview | undefined;
  afterEach(async () => {
    await preview?.stop();
    rmSync(base, { recursive: true, force: true });
  });

  /** A fresh `base` holding a project with these folders and a data root (data/, content/). */
  const folders = (projectDirs: string[]) => {
    base = mkdtempSync(join(tmpdir(), 'kepatuhan-preview-'));
    const project = join(base, 'project');
    const root = join(base, 'root');
    for (const d of projectDirs) mkdirSync(join(project, d), { recursive: true });
    for (const d of ['data', 'content']) mkdirSync(join(root, d), { recursive: true });
    return { project, root };
  };

  it('waits for valid input, ignores what Eleventy rebuilds, restarts on code, survives crashes', async () => {
    const { project, root } = folders(['src', 'templates/assets']);
    writeFileSync(join(project, '.eleventy.js'), '');

    let valid = false;
    const log: string[] = [];
    const servers: { stopped: boolean; crash: (code: number) => void }[] = [];
    const serve = (): Server => {
      let crash!: (code: number) => void;
      const exited = new Promise<number | null>((r) => (crash = r));
      const s = { stopped: false, crash };
      servers.push(s);
      return { exited, stop: async () => void ((s.stopped = true), crash(0)) };
    };
    preview = startPreview({ project, root, check: async () => valid, serve, log: (l) => log.push(l), debounceMs: 50 });

    await until(() => preview!.state === 'waiting', 'waiting for valid input');
    expect(servers).toHaveLength(0);
    expect(log).toContain('Pratinjau menunggu: perbaiki kesalahan di atas lalu simpan; berkas terus dipantau.');

    valid = true;
    writeFileSync(join(root, 'data', 'regions.csv'), 'code,name,kind\n');
    await until(() => preview!.state === 'serving', 'serving after the fix');
    expect(servers).toHaveLength(1);

    // Eleventy rebuilds these itself: no restart.
    writeFileSync(join(root, 'content', 'site.md'), '---\n---\n');
    writeFileSync(join(project, 'templates', 'assets', 'a.css'), 'x');
    await sleep(400);
    expect(servers).toHaveLength(1);

    // Code: restart.
    writeFileSync(join(project, 'src', 'a.ts'), 'export {};');
    await until(() => servers.length === 2, 'restart after a change in src/');
    expect(servers[0]!.stopped).toBe(true);
    writeFileSync(join(project, '.eleventy.js'), '// changed');
    await until(() => servers.length === 3, 'restart after a change in .eleventy.js');

    // Invalid input while serving: the running server stays.
    valid = false;
    writeFileSync(join(project, 'src', 'b.ts'), 'export {};');
    await until(() => log.includes('Data belum valid: pratinjau tetap menampilkan build terakhir yang valid.'), 'kept serving');
    expect(servers).toHaveLength(3);
    expect(servers[2]!.stopped).toBe(false);
    expect(preview.state).toBe('serving');

    // The server dies: wait, and try again on the next change.
    servers[2]!.crash(1);
    await until(() => preview!.state === 'waiting', 'waiting after a crash');
    expect(log).toContain('Server pratinjau berhenti (kode 1); menunggu perubahan berkas untuk mencoba lagi.');
    valid = true;
    writeFileSync(join(root, 'data', 'regions.csv'), 'code,name,kind\n18,Lampung,provinsi\n');
    await until(() => servers.length === 4 && preview!.state === 'serving', 'serving again');

    await preview.stop();
    expect(servers[3]!.stopped).toBe(true);
    expect(preview.state).toBe('stopped');
  });

  it('restarts on a template edit without checking input again that was valid and has not changed since', async () => {
    const { project, root } = folders(['src', 'templates']);
    let checks = 0;
    let started = 0;
    const serve = (): Server => {
      started++;
      let exit!: (code: number) => void;
      return { exited: new Promise((r) => (exit = r)), stop: async () => exit(0) };
    };
    preview = startPreview({ project, root, check: async () => (checks++, true), serve, log: () => {}, debounceMs: 50 });
    await until(() => started === 1, 'the first start');
    expect(checks).toBe(1);

    writeFileSync(join(project, 'templates', 'page.ts'), 'export {};');
    await until(() => started === 2, 'a restart after a template edit');
    expect(checks).toBe(1);

    // The data changed meanwhile (Eleventy rebuilt it, maybe keeping the last valid data): checked before the next restart.
    writeFileSync(join(root, 'data', 'regions.csv'), 'code,name,kind\n');
    await sleep(200);
    writeFileSync(join(project, 'templates', 'page.ts'), 'export const x = 1;');
    await until(() => started === 3, 'a restart after a data and a template edit');
    expect(checks).toBe(2);

    // Code that checks the input: checked again.
    writeFileSync(join(project, 'src', 'a.ts'), 'export {};');
    await until(() => started === 4, 'a restart after a change in src/');
    expect(checks).toBe(3);
  });
});

describe('npm start with Eleventy', () => {
  let site: TempSite;
  let preview: Preview;
  const log: string[] = [];
  let url = '';
  // Plain HTTP, as a browser navigation looks to the dev server: it adds its reload script
  // only there (fetch() sends `sec-fetch-mode: cors`, which it treats as a script's request).
  const page = (path: string) =>
    new Promise<string>((done, fail) => {
      get(new URL(path, url), (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => done(body));
      }).on('error', fail);
    });

  beforeAll(async () => {
    site = tempSite();
    // A port unlikely to be taken; Eleventy's dev server moves on to the next free one and says so.
    const port = 20_000 + (process.pid % 20_000);
    preview = startPreview({ project: PROJECT, root: site.root, port, output: join(site.scratch, 'preview'), log: (l) => log.push(l) });
    await until(() => log.some((l) => /Server at (http:\/\/\S+)/.test(l)), 'the dev server', 60_000);
    url = /Server at (http:\/\/\S+)/.exec(log.find((l) => /Server at /.test(l))!)![1]!;
  });
  afterAll(async () => {
    await preview?.stop();
    site?.cleanup();
  });

  it('serves the site with the live-reload client', async () => {
    const html = await page('/wilayah/kota-bogor/');
    expect(html).toContain('class="big">91,25');
    expect(html).toMatch(/<script type="module"[^>]* src="\/\.11ty\/reload-client\.js">/);
  });

  it('rebuilds when a scores file changes', async () => {
    site.edit('data/scores/2022.csv', (t) => t.replace('32.71,Bogor,91.25,95', '32.71,Bogor,61.25,95'));
    await until(async () => (await page('/wilayah/kota-bogor/')).includes('class="big">61,25'), 'the new score on the page', 30_000);
  });

  it('lists the problems of invalid input as path:line: message and keeps the last valid build', async () => {
    site.edit('data/scores/2022.csv', (t) => `${t}32.04,Bandung,abc,\n`);
    await until(() => log.some((l) => l.startsWith('data/scores/2022.csv:11: ')), 'the problem in the log', 30_000);
    expect(log).toContain('Pratinjau tetap menampilkan data terakhir yang valid; simpan perbaikan dan halaman dimuat ulang.');
    expect(await page('/wilayah/kota-bogor/')).toContain('class="big">61,25');

    // Fixed: the preview follows again.
    site.edit('data/scores/2022.csv', (t) => t.replace('32.04,Bandung,abc,\n', '').replace('32.71,Bogor,61.25,95', '32.71,Bogor,71.25,95'));
    await until(async () => (await page('/wilayah/kota-bogor/')).includes('class="big">71,25'), 'the fixed score on the page', 30_000);
  });

  it('rebuilds when a narrative in content/ changes', async () => {
    site.write('content/regions/32.01-kabupaten-bogor.md', '---\ncode: "32.01"\n---\n\nProfil yang baru ditulis.\n');
    await until(async () => (await page('/wilayah/kabupaten-bogor/')).includes('Profil yang baru ditulis.'), 'the new narrative', 30_000);
  });
});

describe('Eleventy servers started ahead of need', () => {
  it('serve again after a restart, from the process kept ready, and leave no process behind', async () => {
    const site = tempSite();
    const log: string[] = [];
    const servers = eleventyServers(PROJECT, site.root, (l) => log.push(l));
    const port = 20_000 + ((process.pid + 7_919) % 20_000);
    const output = join(site.scratch, 'preview');
    const serving = () => log.filter((l) => /Server at /.test(l)).length;
    const pids = () => serverPids(process.pid);
    try {
      expect(pids()).toEqual([]);
      const first = servers.start(port, output);
      await until(() => serving() === 1, 'the first server', 60_000);
      // A second process, loading Eleventy for the next start.
      await until(() => pids().length === 2, 'the process kept ready', 30_000);
      await first.stop();
      const kept = pids();
      expect(kept.length).toBe(1);
      const second = servers.start(port, output);
      expect(pids(), 'the restarted server is the process kept ready: none started for it').toEqual(kept);
      await until(() => serving() === 2, 'the server after the restart', 60_000);
      await second.stop();
      await servers.close();
      expect(pids()).toEqual([]);
    } finally {
      await servers.close();
      site.cleanup();
    }
  }, 120_000);
});

/** The Eleventy server processes (src/staff/eleventy-standby.mjs) whose parent is `pid` (Linux's /proc). */
function serverPids(pid: number): number[] {
  return [...processes()]
    .filter(([child, { ppid }]) => {
      try {
        return ppid === pid && readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('eleventy-standby.mjs');
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(([child]) => child)
    .sort((a, b) => a - b);
}
