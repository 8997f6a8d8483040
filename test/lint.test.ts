/**
 * `npm run lint` holds the layers apart: it fails on an import cycle. Whether the whole tree passes
 * is CI's own step (.ci/run runs `npm run lint`), not a test: 13 seconds of `npm test`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..');
const run = promisify(execFile);

async function eslint(...paths: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run('npx', ['eslint', ...paths], { cwd: REPO });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: err.stdout };
  }
}

describe('npm run lint', () => {
  it('fails on a module that imports, through another, itself', async () => {
    // Inside src/, where the rule applies; removed whatever happens.
    const dir = mkdtempSync(join(REPO, 'src', 'cycle-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = (): number => b() + 1;\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a.ts';\nexport const b = (): number => a() - 1;\n");
      const cyclic = await eslint(dir);
      expect(cyclic.code).toBe(1);
      expect(cyclic.out).toMatch(/Dependency cycle detected\s+import-x\/no-cycle/);
      // The same modules without the back edge pass.
      writeFileSync(join(dir, 'b.ts'), 'export const b = (): number => 1;\n');
      expect((await eslint(dir)).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
