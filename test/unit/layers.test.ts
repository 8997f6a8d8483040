/**
 * The layers of src/ (docs/architecture.md): domain ← ingest ← model ← view (with cards) ←
 * the rest. No module imports a higher layer, and no modules import one another in a circle,
 * counting type-only imports too (ESLint's import-x/no-cycle, in `npm run lint`, sees only the others).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const LAYERS: [RegExp, number][] = [
  [/^src\/domain\//, 0],
  // Where the project's own files are (fonts, templates): plain node:fs, needed by the cards.
  [/^src\/project\.ts$/, 0],
  [/^src\/ingest\//, 1],
  [/^src\/model\//, 2],
  [/^src\/(view|cards)\//, 3],
  [/^(src|templates)\//, 4],
];
const layerOf = (file: string) => LAYERS.find(([pattern]) => pattern.test(file))![1];

function sources(): string[] {
  return ['src', 'templates'].flatMap((dir) =>
    (readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string; parentPath: string }[])
      .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
      .map((e) => relative(REPO, join(e.parentPath, e.name)).split('\\').join('/')),
  );
}

/** Each module's relative imports (`import … from './x.ts'`, types included), as repository paths. */
function imports(file: string): string[] {
  const text = readFileSync(join(REPO, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) =>
    relative(REPO, resolve(REPO, dirname(file), m[1]!))
      .split('\\')
      .join('/'),
  );
}

const graph = new Map(sources().map((f) => [f, imports(f)]));

describe('layers', () => {
  it('import only their own layer or lower ones', () => {
    const upward = [...graph].flatMap(([file, deps]) => deps.filter((d) => graph.has(d) && layerOf(d) > layerOf(file)).map((d) => `${file} → ${d}`));
    expect(upward).toEqual([]);
  });

  it('have no import cycle, types included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const dep of graph.get(file) ?? []) {
        if (!graph.has(dep)) continue;
        if (state.get(dep) === 'open') cycles.push([...path.slice(path.indexOf(dep)), dep].join(' → '));
        else if (!state.has(dep)) visit(dep);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('sees the imports it checks', () => {
    expect(graph.get('src/view/pages.ts')).toContain('src/domain/types.ts');
    expect(graph.size).toBeGreaterThan(90);
  });
});
