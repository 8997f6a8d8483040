import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/domain/types.ts';
import { diffRound, diffSites } from '../../src/staff/diff.ts';
import { renderDiffHtml } from '../../src/staff/diff-html.ts';
import { renderDiffText } from '../../src/staff/diff-text.ts';
import { runDiff } from '../../src/staff/diff-command.ts';
import { scaffoldRound } from '../../src/staff/new-round.ts';
import { buildFixture, fixturePath, type BuiltFixture } from '../helpers/build-fixture.ts';
import { runScript, tempSite, type TempSite } from './temp-site.ts';

function result(code: string, fields: Partial<Result> = {}): Result {
  return {
    code,
    name: `Wilayah ${code}`,
    kind: 'kota',
    province: '32',
    slug: `kota-${code}`,
    score: 80,
    zone: 'hijau',
    band: 'Kepatuhan Tinggi',
    grade: null,
    rank: 1,
    rankOf: 3,
    provinceRank: 1,
    provinceRankOf: 3,
    previousYear: null,
    previousScore: null,
    scoreChange: null,
    previousRank: null,
    rankChange: null,
    predicate: null,
    opinion: 'Kepatuhan Tinggi',
    methodBreak: false,
    previousRankOf: null,
    dimensions: {},
    ...fields,
  };
}

describe('diff computation', () => {
  it('sorts each region into one kind of change', () => {
    const before = [
      result('A', { score: 90, rank: 1 }),
      result('B', { score: 70, rank: 2, zone: 'kuning', band: 'Kepatuhan Sedang' }),
      result('C', { score: 60, rank: 3, zone: 'kuning', band: 'Kepatuhan Sedang' }),
      result('D', { score: 50, rank: 4, zone: 'merah', band: 'Kepatuhan Rendah' }),
    ];
    const after = [
      result('A', { score: 90, rank: 1 }), // unchanged
      result('C', { score: 60, rank: 2, zone: 'kuning', band: 'Kepatuhan Sedang', slug: 'kota-c-baru' }), // rank moved (B gone) and slug
      result('D', { score: 50, rank: 3, zone: 'kuning', band: 'Kepatuhan Sedang' }), // same score, other band: bands changed
      result('E', { score: 40, rank: 4, zone: 'merah', band: 'Kepatuhan Rendah' }), // new
    ];
    const d = diffRound(2024, before, after);
    expect(d.status).toBe('changed');
    expect(d.added.map((r) => r.code)).toEqual(['E']);
    expect(d.removed.map((r) => r.code)).toEqual(['B']);
    expect(d.scoreChanges).toEqual([]);
    expect(d.placementChanges.map((c) => c.after.code)).toEqual(['D']);
    expect(d.placementChanges[0]!.placement).toEqual({
      before: { zone: 'merah', band: 'Kepatuhan Rendah', grade: null },
      after: { zone: 'kuning', band: 'Kepatuhan Sedang', grade: null },
    });
    expect(d.identityChanges.map((c) => [c.after.code, c.identity])).toEqual([['C', [{ field: 'slug', before: 'kota-C', after: 'kota-c-baru' }]]]);
    // D's rank moved too, but its placement change is the edit to report; only C moved along.
    expect(d.rankOnlyChanges.map((c) => [c.after.code, c.rank])).toEqual([['C', { before: 3, after: 2 }]]);
  });

  it('flags new or changed scores far from the previous round, not unchanged ones', () => {
    const before = [result('A', { score: 85.1, scoreChange: 1 }), result('B', { score: 30, scoreChange: -50 })];
    const after = [
      result('A', { score: 8.51, scoreChange: -75.59, dimensions: {} }),
      result('B', { score: 30, scoreChange: -50 }), // already published that way
      result('C', { score: 95, scoreChange: 20 }), // new, exactly the threshold
      result('D', { score: 70, scoreChange: 19.99 }),
    ];
    const d = diffRound(2024, before, after);
    expect(d.bigMoves.map((r) => r.code)).toEqual(['A', 'C']);
  });

  it('reports sub-score changes with the score', () => {
    const d = diffRound(2024, [result('A', { dimensions: { input: 70, proses: 80 } })], [result('A', { dimensions: { input: 75 } })]);
    expect(d.scoreChanges[0]!.score).toBeNull();
    expect(d.scoreChanges[0]!.dimensions).toEqual([
      { key: 'input', before: 70, after: 75 },
      { key: 'proses', before: 80, after: null },
    ]);
  });

  it('a round added, removed or unchanged, newest first', () => {
    const diff = diffSites(
      new Map([
        [2019, [result('A')]],
        [2021, [result('A')]],
      ]),
      new Map([
        [2021, [result('A')]],
        [2022, [result('A'), result('B')]],
      ]),
    );
    expect(diff.rounds.map((r) => [r.year, r.status, r.countBefore, r.countAfter])).toEqual([
      [2022, 'added', 0, 2],
      [2021, 'unchanged', 1, 1],
      [2019, 'removed', 1, 0],
    ]);
    // A whole new round is not also listed region by region.
    expect(diff.rounds[0]!.added).toEqual([]);
    expect(diff.unchanged).toBe(false);
    expect(diffSites(new Map([[2021, [result('A')]]]), new Map([[2021, [result('A')]]])).unchanged).toBe(true);
  });

  it('reports a change of method instead of changes: a new round of another method, and a published round whose method changed', () => {
    const opinion = { zone: null, band: 'Kualitas Tinggi', opinion: 'Kualitas Tinggi', methodBreak: true };
    const published = new Map([[2024, [result('A', { score: 90 })]]]);
    const current = new Map([
      [2024, [result('A', { score: 90 })]],
      [2025, [result('A', { score: 60, ...opinion }), result('B', { score: 70, ...opinion, band: 'Kualitas Sedang' })]],
    ]);
    const methods = {
      published: new Map([[2024, 'kepatuhan']]),
      current: new Map([
        [2024, 'kepatuhan'],
        [2025, 'opini-2025'],
      ]),
    };
    const diff = diffSites(published, current, methods);
    expect(diff.rounds[0]).toMatchObject({ year: 2025, status: 'added', methodChange: { before: 'kepatuhan', after: 'opini-2025', year: 2024 }, bigMoves: [] });
    expect(diff.rounds[1]).toMatchObject({ year: 2024, status: 'unchanged', methodChange: null });
    const text = renderDiffText(diff, { publishedLabel: 'x' });
    expect(text).toContain(
      'Putaran 2025: BARU, 2 wilayah dinilai (Kualitas Tinggi 1, Kualitas Sedang 1); METODE BERUBAH (kepatuhan 2024 → opini-2025): nilai dan peringkat tidak dibandingkan dengan putaran 2024',
    );
    expect(text.join('\n')).not.toMatch(/hijau|kuning|merah/);

    // The same round published under the old method and now under the new one: no score changes listed.
    const changed = diffSites(
      new Map([[2025, [result('A', { score: 60 }), result('C', { score: 50 })]]]),
      new Map([[2025, [result('A', { score: 61, ...opinion })]]]),
      {
        published: new Map(), // files from before "method" was published: the default method
        current: new Map([[2025, 'opini-2025']]),
      },
    );
    const round = changed.rounds[0]!;
    expect(round).toMatchObject({
      status: 'changed',
      methodChange: { before: 'kepatuhan', after: 'opini-2025' },
      scoreChanges: [],
      placementChanges: [],
      rankOnlyChanges: [],
    });
    expect(round.removed.map((r) => r.code)).toEqual(['C']);
    expect(renderDiffText(changed, { publishedLabel: 'x' })).toContain(
      'Putaran 2025: 2 → 1 wilayah; METODE BERUBAH (kepatuhan → opini-2025): nilai dan peringkat tidak dibandingkan dengan yang terbit',
    );
  });

  it('escapes every text from the data in the HTML report', () => {
    const evil = '<script>alert("x")</script> & \'co\'';
    const diff = diffSites(new Map([[2024, [result('A', { name: evil })]]]), new Map([[2024, [result('A', { name: `${evil}!`, score: 81 })]]]));
    const html = renderDiffHtml(diff, { publishedLabel: '<lama>' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<lama>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;!');
    expect(html).toContain('&lt;lama&gt;');
  });

  it('shortens long minor lists in the terminal only', () => {
    const before = Array.from({ length: 15 }, (_, i) => result(`K${i}`, { rank: i + 1 }));
    const after = before.map((r) => ({ ...r, rank: r.rank + 1 }));
    const diff = diffSites(new Map([[2024, before]]), new Map([[2024, after]]));
    const text = renderDiffText(diff, { publishedLabel: 'x', minorLimit: 10 });
    expect(text.filter((l) => / peringkat \d+ → \d+$/.test(l))).toHaveLength(10);
    expect(text).toContain('    … dan 5 lainnya (lihat laporan HTML)');
    expect(renderDiffHtml(diff, { publishedLabel: 'x' }).match(/<tr><th scope="row">/g)).toHaveLength(15);
  });
});

describe('npm run diff against a published build of site-small', () => {
  let published: BuiltFixture;
  let site: TempSite;
  let out: string[];
  let err: string[];
  let run: ReturnType<typeof runDiff>;

  beforeAll(async () => {
    published = await buildFixture(fixturePath('site-small'));
    expect(published.ok).toBe(true);
    site = tempSite();
    // 2022: Kota Bogor mistyped (91,25 → 19,25), Kota Banjarmasin gone, Kota Banjarbaru new, a sub-score of Kabupaten Banjar fixed.
    site.edit(
      'data/scores/2022.csv',
      (t) =>
        t
          .replace('32.71,Bogor,91.25,95', '32.71,Bogor,19.25,95')
          .replace('63.71,Banjarmasin,79.5,80\n', '')
          .replace('63.03,Banjar,31.99,30', '63.03,Banjar,31.99,35') + '63.72,Banjarbaru,80,\n',
    );
    // 2023: a new round; 2019: withdrawn.
    scaffoldRound(site.root, 2023);
    site.edit('data/scores/2023.csv', (t) => `${t}32,Jawa Barat,90,\n32.01,Bogor,20,\n`);
    rmSync(join(site.root, 'data/scores/2019.csv'));
    rmSync(join(site.root, 'content/rounds/2019.md'));
    out = [];
    err = [];
    run = runDiff([published.output, '--out', join(site.scratch, 'laporan')], {
      root: site.root,
      cwd: site.scratch,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
  });
  afterAll(() => {
    published?.cleanup();
    site?.cleanup();
  });

  it('exits 0 and prints every change, round by round, newest first', () => {
    expect(err).toEqual([]);
    expect(run.code).toBe(0);
    const text = out.join('\n');
    const expected = [
      'Putaran 2023: BARU, 2 wilayah dinilai (hijau 1, kuning 0, merah 1)',
      '  Periksa: selisih 20 poin atau lebih dari putaran sebelumnya (1):',
      '    Kabupaten Bogor (32.01): nilai 20,00; putaran sebelumnya 2022: 77,99; selisih −57,99',
      '',
      'Putaran 2022: 4 perubahan (9 → 9 wilayah)',
      '  Periksa: selisih 20 poin atau lebih dari putaran sebelumnya (1):',
      '    Kota Bogor (32.71): nilai 19,25; putaran sebelumnya 2021: 88,88; selisih −69,63',
      '  Nilai berubah (2):',
      '    Kabupaten Banjar (63.03): nilai 31,99; sub-nilai input 30,00 → 35,00',
      '    Kota Bogor (32.71): nilai 91,25 → 19,25 (−72,00); peringkat 1 → 3; zona hijau, Kualitas Tertinggi (A) → merah, Kualitas Terendah (E)',
      '  Wilayah baru di putaran ini (1):',
      '    Kota Banjarbaru (63.72): nilai 80,00; peringkat 1 dari 3; zona hijau, Kualitas Tinggi (B)',
      '  Wilayah hilang dari putaran ini (1):',
      '    Kota Banjarmasin (63.71): nilai 79,50; peringkat 2 dari 3; zona hijau, Kualitas Tinggi (B)',
      '  Peringkat bergeser akibat perubahan lain (1):',
      '    Kota Banjar (32.79): peringkat 3 → 2',
      '',
      'Putaran 2019: AKAN HILANG dari situs (9 wilayah terbit); berkas data/scores/2019.csv tidak ada lagi',
      '',
      'Tanpa perubahan wilayah, nilai, peringkat atau zona: putaran 2021',
      '',
      'Ringkasan: 1 putaran baru, 1 putaran berubah, 1 putaran hilang, 1 putaran tanpa perubahan. 2 nilai perlu diperiksa (selisih besar dari putaran sebelumnya).',
    ].join('\n');
    expect(text).toContain(expected);
  });

  it('writes the HTML report where --out says, outside the site', () => {
    const report = join(site.scratch, 'laporan', 'index.html');
    expect(run.report).toBe(report);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<tr><th scope="row">Kota Bogor (32.71)</th><td>91,25 → 19,25 (−72,00)</td><td>1 → 3</td>');
    expect(out.at(-1)).toMatch(/^Laporan lengkap: laporan\/index\.html /);
  });

  it('accepts the data/ folder itself and finds the same changes', () => {
    const again = runDiff([join(published.output, 'data'), '--out', join(site.scratch, 'b.html')], {
      root: site.root,
      cwd: site.scratch,
      out: () => {},
      err: () => {},
    });
    expect(again.code).toBe(0);
    expect(again.diff).toEqual(run.diff);
    expect(existsSync(join(site.scratch, 'b.html'))).toBe(true);
  });

  it('says there is nothing to publish when the inputs are the published ones', () => {
    const lines: string[] = [];
    const same = runDiff([published.output, '--out', join(site.scratch, 'c')], {
      root: fixturePath('site-small'),
      cwd: site.scratch,
      out: (l) => lines.push(l),
    });
    expect(same.code).toBe(0);
    expect(same.diff!.unchanged).toBe(true);
    expect(lines).toContain('Tidak ada perubahan: data yang akan terbit sama dengan yang sudah terbit.');
  });

  it('refuses to write the report inside the published site', () => {
    const lines: string[] = [];
    const r = runDiff([published.output, '--out', join(published.output, 'diff')], {
      root: site.root,
      cwd: site.scratch,
      out: () => {},
      err: (l) => lines.push(l),
    });
    expect(r.code).toBe(1);
    expect(lines.join('\n')).toMatch(/^diff: laporan tidak boleh ditulis di dalam folder situs/);
    expect(existsSync(join(published.output, 'diff'))).toBe(false);
  });

  it('exits 1 with a message for a folder without data/YYYY.json, or without arguments', () => {
    const lines: string[] = [];
    const log = { root: site.root, cwd: site.scratch, out: () => {}, err: (l: string) => lines.push(l) };
    expect(runDiff([site.root], log).code).toBe(1);
    expect(runDiff([join(site.scratch, 'tidak-ada')], log).code).toBe(1);
    expect(runDiff([], log).code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^diff: tidak ada berkas data\/YYYY\.json di ".*"; berikan folder situs/),
      expect.stringMatching(/^diff: folder ".*tidak-ada" tidak ada/),
      expect.stringMatching(/^diff: folder situs terbit belum diberikan; pakai: npm run diff -- /),
    ]);
  });

  it('exits 1 listing the problems when the current inputs are invalid', () => {
    const broken = tempSite();
    try {
      broken.edit('data/scores/2022.csv', (t) => `${t}32.04,Bandung,abc,\n`);
      const lines: string[] = [];
      const r = runDiff([published.output], { root: broken.root, cwd: broken.scratch, out: () => {}, err: (l) => lines.push(l) });
      expect(r.code).toBe(1);
      expect(lines).toContainEqual(expect.stringMatching(/^data\/scores\/2022\.csv:11: /));
      expect(lines.at(-1)).toBe('diff: data dan konten saat ini belum valid; perbaiki dulu, lalu bandingkan lagi.');
    } finally {
      broken.cleanup();
    }
  });

  it('as a command: exit 0, the report in the terminal and _diff/index.html by default', () => {
    const r = runScript('diff', [published.output], site.root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kota Bogor (32.71): nilai 91,25 → 19,25 (−72,00)');
    expect(existsSync(join(site.root, '_diff', 'index.html'))).toBe(true);
  });
});
