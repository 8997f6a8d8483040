import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, Problems } from '../../src/ingest/problems.ts';
import { readRound } from '../../src/ingest/rounds.ts';
import { checkInputs } from '../../src/site.ts';
import { StaffError } from '../../src/staff/errors.ts';
import { parseYear, roundSettingsFile, scaffoldRound, scoresHeader, templateRoundYear } from '../../src/staff/new-round.ts';
import { runScript, tempSite, type TempSite } from './temp-site.ts';

// site-small has rounds 2019 (default bands, no dimensions), 2021 (no settings file) and 2022 (grades A–E, dimension `input`).
const GRADES_2022 = [
  { min: 88, grade: 'A', zone: 'hijau', label: 'Kualitas Tertinggi' },
  { min: 78, grade: 'B', zone: 'hijau', label: 'Kualitas Tinggi' },
  { min: 54, grade: 'C', zone: 'kuning', label: 'Kualitas Sedang' },
  { min: 32, grade: 'D', zone: 'merah', label: 'Kualitas Rendah' },
  { min: 0, grade: 'E', zone: 'merah', label: 'Kualitas Terendah' },
];
const DEFAULT_BANDS = [
  { min: 81, grade: null, zone: 'hijau', label: 'Kepatuhan Tinggi' },
  { min: 51, grade: null, zone: 'kuning', label: 'Kepatuhan Sedang' },
  { min: 0, grade: null, zone: 'merah', label: 'Kepatuhan Rendah' },
];

function parseSettings(year: number, text: string) {
  const problems = new Problems();
  const round = readRound(year, text, `content/rounds/${year}.md`, problems);
  return { round, messages: problems.list.map(formatProblem) };
}

let site: TempSite;
afterEach(() => site?.cleanup());

describe('new-round', () => {
  it('creates the settings file from the latest round and an empty scores file with its header', () => {
    site = tempSite();
    const made = scaffoldRound(site.root, 2025);
    expect(made.files).toEqual(['content/rounds/2025.md', 'data/scores/2025.csv']);
    expect(made.copiedFrom).toBe(2022);
    expect(site.read('data/scores/2025.csv')).toBe('code,name,score,input\n');

    const text = site.read('content/rounds/2025.md');
    const { round, messages } = parseSettings(2025, text);
    // What staff still have to fill in is exactly what the check reminds them of.
    const narrativeLine = text.split('\n').indexOf('Ganti teks ini dengan ringkasan hasil putaran 2025.') + 1;
    expect(messages).toEqual([
      'content/rounds/2025.md: peringatan: putaran 2025 belum punya tanggal published (tanggal hasil diumumkan); isi published: YYYY-MM-DD di content/rounds/2025.md',
      `content/rounds/2025.md:${narrativeLine}: peringatan: ringkasan putaran masih teks bawaan npm run new-round; ganti dengan ringkasan hasil putaran ini`,
    ]);
    // The latest round's title, its year replaced ("Penilaian Kepatuhan 2022 (uji)").
    expect(round.title).toBe('Penilaian Kepatuhan 2025 (uji)');
    expect([round.method, round.sample, round.predicates]).toEqual(['kepatuhan', false, []]);
    // The file tells staff to change the method when the assessment changed.
    expect(text).toMatch(/GANTI bila metode putaran ini berubah/);
    expect(text).toMatch(/^method: kepatuhan$/m);
    expect(round.published).toBeNull(); // left for staff, as a commented placeholder
    expect(site.read('content/rounds/2025.md')).toMatch(/^# published: 2025-12-10$/m);
    expect(round.bands).toEqual(GRADES_2022);
    expect(round.dimensions).toEqual([{ key: 'input', label: 'Input' }]);
    expect(round.html).toContain('2025');
  });

  it('copies the round before the new year: default bands and no dimensions from 2019 for 2020', () => {
    site = tempSite();
    const made = scaffoldRound(site.root, 2020);
    expect(made.copiedFrom).toBe(2019);
    expect(site.read('data/scores/2020.csv')).toBe('code,name,score\n');
    const { round } = parseSettings(2020, site.read('content/rounds/2020.md'));
    expect(round.bands).toEqual(DEFAULT_BANDS);
    expect(round.dimensions).toEqual([]);
  });

  it('copies method, sample, predicates and bands without zones from an opinion round, and asks for the predikat column', () => {
    site = tempSite();
    scaffoldRound(site.root, 2025);
    site.write(
      'content/rounds/2025.md',
      [
        '---',
        'title: Opini Ombudsman 2025',
        'published: 2026-01-29',
        'method: opini-2025',
        'sample: true',
        'predicates:',
        '  - { key: tm, label: Tanpa Maladministrasi }',
        'bands:',
        '  - { min: 88, label: Kualitas Tertinggi }',
        '  - { min: 54, label: Kualitas Sedang }',
        '  - { min: 0, label: Kualitas Terendah }',
        '---',
        '',
        'Ringkasan.',
        '',
      ].join('\n'),
    );
    site.write('data/scores/2025.csv', 'code,name,score,predikat\n32,Jawa Barat,90,tm\n');
    const made = scaffoldRound(site.root, 2026);
    expect(made.copiedFrom).toBe(2025);
    expect(site.read('data/scores/2026.csv')).toBe('code,name,score,predikat\n');
    const { round } = parseSettings(2026, site.read('content/rounds/2026.md'));
    expect(round.title).toBe('Opini Ombudsman 2026');
    expect([round.method, round.sample]).toEqual(['opini-2025', true]);
    expect(round.predicates).toEqual([{ key: 'tm', label: 'Tanpa Maladministrasi' }]);
    expect(round.bands.map((b) => [b.min, b.zone, b.label])).toEqual([
      [88, null, 'Kualitas Tertinggi'],
      [54, null, 'Kualitas Sedang'],
      [0, null, 'Kualitas Terendah'],
    ]);
  });

  it('picks the latest earlier round, else the first later one', () => {
    expect(templateRoundYear([2019, 2021, 2022], 2025)).toBe(2022);
    expect(templateRoundYear([2019, 2021, 2022], 2020)).toBe(2019);
    expect(templateRoundYear([2019, 2021, 2022], 2010)).toBe(2019);
    expect(templateRoundYear([], 2025)).toBeNull();
  });

  it('writes labels YAML would misread in quotes, so they read back unchanged', () => {
    const bands = [
      { min: 50, grade: 'A', zone: 'hijau' as const, label: 'Tinggi: "baik", {sekali} # ya' },
      { min: 0, grade: null, zone: 'merah' as const, label: 'yes' },
    ];
    const dimensions = [{ key: 'input', label: '100' }];
    const { round, messages } = parseSettings(
      2030,
      roundSettingsFile(2030, { year: 2029, title: 'Penilaian 2029', method: 'kepatuhan', sample: false, predicates: [], bands, dimensions }, 2029),
    );
    expect(messages.filter((m) => !m.includes('peringatan: putaran 2030 belum punya') && !m.includes('teks bawaan npm run new-round'))).toEqual([]);
    expect(round.title).toBe('Penilaian 2030');
    expect(round.bands).toEqual(bands);
    expect(round.dimensions).toEqual(dimensions);
    expect(scoresHeader(dimensions)).toBe('code,name,score,input\n');
  });

  it('refuses to overwrite either file and then creates nothing', () => {
    site = tempSite();
    site.write('data/scores/2025.csv', 'code,score\n32,90\n');
    expect(() => scaffoldRound(site.root, 2025)).toThrow(StaffError);
    expect(() => scaffoldRound(site.root, 2025)).toThrow(/data\/scores\/2025\.csv tidak ditimpa/);
    expect(site.read('data/scores/2025.csv')).toBe('code,score\n32,90\n');
    expect(existsSync(join(site.root, 'content/rounds/2025.md'))).toBe(false);

    // The fixture's own round 2022 has both files.
    const before = site.read('content/rounds/2022.md');
    expect(() => scaffoldRound(site.root, 2022)).toThrow(/content\/rounds\/2022\.md dan data\/scores\/2022\.csv tidak ditimpa/);
    expect(site.read('content/rounds/2022.md')).toBe(before);
  });

  it('accepts only a four-digit year', () => {
    expect(parseYear('2025')).toBe(2025);
    for (const bad of [undefined, '25', '2025a', 'tahun']) expect(() => parseYear(bad)).toThrow(StaffError);
  });

  it('an empty scores file is reported until it has rows', () => {
    site = tempSite();
    scaffoldRound(site.root, 2025);
    const checked = checkInputs(site.root);
    expect(checked.ok).toBe(false);
    expect(checked.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      expect.stringMatching(/^data\/scores\/2025\.csv: belum ada nilai: berkas hanya berisi judul kolom/),
    ]);
    site.edit('data/scores/2025.csv', (t) => `${t}32,Jawa Barat,90,91\n`);
    expect(checkInputs(site.root).ok).toBe(true);
  });

  it('as a command: exit 0 and the files, then exit 1 without overwriting, and exit 1 for a bad year', () => {
    site = tempSite();
    const first = runScript('new-round', ['2025'], site.root);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('content/rounds/2025.md');
    expect(first.stdout).toContain('code,name,score,input');
    site.write('data/scores/2025.csv', 'code,name,score,input\n32,Jawa Barat,90,91\n');

    const again = runScript('new-round', ['2025'], site.root);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('sudah ada');
    expect(site.read('data/scores/2025.csv')).toBe('code,name,score,input\n32,Jawa Barat,90,91\n');

    const bad = runScript('new-round', ['25'], site.root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('npm run new-round -- YYYY');
  });
});
