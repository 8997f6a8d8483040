import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site.ts';
import { MAP_COLUMNS, MAP_ROWS, PROVINCE_TILES } from '../../src/view/province-tiles.ts';
import { provinceMap } from '../../src/view/province-map.ts';
import { PROVINCE_ALIASES } from '../../src/view/search-aliases.ts';
import { fixturePath } from '../helpers/build-fixture.ts';

const REPO = resolve(import.meta.dirname, '../..');

describe('the province tile grid', () => {
  const tiles = Object.entries(PROVINCE_TILES);

  it('has 38 distinct tiles inside the grid, each with a short name', () => {
    expect(tiles).toHaveLength(38);
    expect(new Set(tiles.map(([, t]) => `${t.col},${t.row}`)).size).toBe(38);
    for (const [code, t] of tiles) {
      expect(t.col, code).toBeGreaterThanOrEqual(0);
      expect(t.col, code).toBeLessThan(MAP_COLUMNS);
      expect(t.row, code).toBeGreaterThanOrEqual(0);
      expect(t.row, code).toBeLessThan(MAP_ROWS);
      expect(t.short.length, code).toBeGreaterThan(1);
    }
    expect(new Set(tiles.map(([, t]) => t.short)).size).toBe(38);
  });

  it('has a tile for every province code of the registry, and no other', () => {
    const registry = (parse(readFileSync(resolve(REPO, 'data/regions.csv'), 'utf8'), { columns: true }) as Record<string, string>[])
      .filter((r) => r.kind === 'provinsi')
      .map((r) => r.code)
      .sort();
    expect(tiles.map(([code]) => code).sort()).toEqual(registry);
  });

  it('labels each tile with a word of its name or one of the short names search knows (src/view/search-aliases.ts)', () => {
    const names = new Map(
      (parse(readFileSync(resolve(REPO, 'data/regions.csv'), 'utf8'), { columns: true }) as Record<string, string>[]).map((r) => [r.code, r.name]),
    );
    const aliases = new Map(PROVINCE_ALIASES.map((a) => [a.code, a.aliases]));
    for (const [code, t] of tiles) {
      const known = [...names.get(code)!.split(' '), ...(aliases.get(code) ?? [])];
      expect(known, code).toContain(t.short);
    }
  });

  it('puts the provinces roughly where they are: Sumatra west of Java, Papua east of everything, Java south of Kalimantan', () => {
    const t = (code: string) => PROVINCE_TILES[code]!;
    expect(t('11').col).toBeLessThan(t('32').col); // Aceh west of Jawa Barat
    for (const code of ['91', '92', '93', '94', '95', '96']) expect(t(code).col).toBeGreaterThan(t('81').col); // Papua east of Maluku
    expect(t('32').row).toBeGreaterThan(t('62').row); // Jawa Barat south of Kalimantan Tengah
    expect(t('31').row).toBeLessThan(t('32').row); // DKI on Java's north coast
  });
});

describe('the province map of a round (site-small, 2022, worked out by hand)', () => {
  const view = loadSite(fixturePath('site-small'));
  const map = view.provinceMaps['2022']!;

  it('classifies each province by its own result and counts its kabupaten and kota by zone', () => {
    expect(map.categories.map((c) => c.key)).toEqual(['hijau', 'kuning', 'merah']);
    const jabar = map.tiles.find((t) => t.code === '32')!;
    // Jawa Barat 88,00 (A, hijau); Bandung 78, Bogor 77,99, Kota Bogor 91,25, Kota Banjar 54.
    expect(jabar).toMatchObject({ short: 'Jabar', url: '/provinsi/jawa-barat/', own: { score: 88, headline: 'Zona Hijau', tone: 'hijau' } });
    expect(jabar.members).toEqual({ counts: [2, 2, 0], total: 4 });
    expect(jabar.label).toBe('Jabar, Provinsi Jawa Barat: Zona Hijau, nilai 88,00; 4 kabupaten/kota dinilai: Zona Hijau 2, Zona Kuning 2, Zona Merah 0.');
    // Kalimantan Selatan 87,99 (B); Banjar 31,99 (E, merah), Banjarmasin 79,50 (B).
    const kalsel = map.tiles.find((t) => t.code === '63')!;
    expect(kalsel.members).toEqual({ counts: [1, 0, 1], total: 2 });
  });

  it('orders tiles by row, then column', () => {
    expect(map.tiles.map((t) => t.code)).toEqual(['63', '32']);
  });

  it('says when a province and its kabupaten and kota were not assessed', () => {
    const bali = { code: '51', name: 'Bali', kind: 'provinsi' as const, province: null, slug: 'provinsi-bali', formerSlugs: [] };
    const empty = provinceMap(2025, [], map.categories, true, [bali], () => null);
    expect(empty.tiles).toEqual([
      {
        code: '51',
        name: 'Provinsi Bali',
        short: 'Bali',
        col: 5,
        row: 5,
        url: null,
        own: null,
        members: { counts: [0, 0, 0], total: 0 },
        label: 'Provinsi Bali: tidak dinilai pada 2025; tidak ada kabupaten/kota yang dinilai.',
      },
    ]);
  });
});
