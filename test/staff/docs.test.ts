import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { messageFragments } from './message-fragments.ts';
import { PROJECT } from './temp-site.ts';

const DOCS = join(PROJECT, 'docs', 'staf');
const read = (name: string) => readFileSync(join(DOCS, name), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('docs/staf/pesan-kesalahan.md', () => {
  const doc = squash(read('pesan-kesalahan.md'));

  it('lists every message the ingest can print (its fixed wording, from src/ingest/*.ts)', () => {
    const fragments = messageFragments(PROJECT, 'ingest');
    expect(fragments.length).toBeGreaterThan(80);
    const missing = fragments.filter((f) => !doc.includes(squash(f.text))).map((f) => `${f.file}:${f.line}: ${f.text}`);
    expect(missing, 'document these messages, with their cause and fix').toEqual([]);
  });

  it('lists every message of the staff commands (src/staff/*.ts)', () => {
    const missing = messageFragments(PROJECT, 'staff')
      .filter((f) => !doc.includes(squash(f.text)))
      .map((f) => `${f.file}:${f.line}: ${f.text}`);
    expect(missing).toEqual([]);
  });

  it('the check finds an undocumented message', () => {
    // Guards the guard: a fragment the document does not hold is reported.
    expect(doc.includes('kolom wajib "…" tidak ada')).toBe(true);
    expect(doc.includes('pesan yang tidak pernah ditulis di dokumen')).toBe(false);
  });
});

describe('docs/staf links and commands', () => {
  const slug = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N} -]/gu, '')
      .replace(/ /g, '-');
  const anchors = (text: string) => new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));

  it('every relative link points to an existing file and heading', () => {
    let checked = 0;
    for (const name of readdirSync(DOCS).filter((n) => n.endsWith('.md'))) {
      // Code (messages quoted as they are printed) holds no links.
      const prose = read(name)
        .replace(/```[\s\S]*?```/g, '')
        .replace(/(`+)[\s\S]*?\1/g, '');
      for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:)/.test(target!)) continue;
        const [path, anchor] = target!.split('#');
        const file = path ? join(DOCS, path) : join(DOCS, name);
        expect(existsSync(file), `${name}: ${target}`).toBe(true);
        if (anchor) expect(anchors(readFileSync(file, 'utf8')).has(anchor), `${name}: ${target}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('the step-by-step guide uses the commands package.json defines', () => {
    const scripts = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const guide = read('menambah-putaran.md');
    for (const [name, usage] of [
      ['new-round', 'npm run new-round -- 2025'],
      ['check', 'npm run check'],
      ['start', 'npm start'],
      ['diff', 'npm run diff -- _site'],
      ['build', 'npm run build'],
    ]) {
      expect(scripts[name!], name).toBeDefined();
      expect(guide).toContain(usage);
    }
  });
});

describe('docs/staf/contoh-workflow.yml', () => {
  const workflow = matter(`---\n${read('contoh-workflow.yml')}\n---\n`).data as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[]; needs?: string }>;
  };
  const steps = workflow.jobs.bangun!.steps;
  const runs = steps.map((s) => s.run ?? '').join('\n');

  it('is valid YAML that checks, compares, builds and deploys _site to GitHub Pages on push to main', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!.with).toMatchObject({ 'node-version': 24 });
    const order = ['npm ci', 'npm run check', 'npm run diff -- terbit', 'npm run build'].map((cmd) => runs.indexOf(cmd));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!.with).toEqual({ path: '_site' });
    expect(workflow.jobs.terbitkan!.needs).toBe('bangun');
    expect(workflow.jobs.terbitkan!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('keeps the social card cache between builds, restored before the build', () => {
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache).toBeGreaterThanOrEqual(0);
    expect(steps[cache]!.with).toMatchObject({ path: '.cache/cards', 'restore-keys': 'kartu-' });
    expect(cache).toBeLessThan(steps.findIndex((s) => s.run === 'npm run build'));
  });

  it('keeps the comparison report out of the published artifact', () => {
    expect(runs).toContain('--out _diff/index.html');
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!.with).toMatchObject({ path: '_diff/' });
    expect(dirname('_diff/index.html')).not.toBe('_site');
  });
});
