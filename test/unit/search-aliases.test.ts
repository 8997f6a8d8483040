import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_ALIASES, PROVINCE_ALIASES, REGION_ALIASES, searchAliases } from '../../src/view/search-aliases.ts';
import { SEARCH_META_KEYS } from '../../src/view/search-record.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** `code → { name as the site shows it, kind }` from the sample registry (data/regions.csv). */
function registry(): Map<string, { name: string; kind: string }> {
  const label: Record<string, string> = { provinsi: 'Provinsi', kabupaten: 'Kabupaten', kota: 'Kota' };
  const lines = readFileSync(join(ROOT, 'data/regions.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
  return new Map(
    lines.map((l) => {
      const [code, name, kind] = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      return [code!, { name: label[kind!] ? `${label[kind!]} ${name}` : name!, kind: kind! }];
    }),
  );
}

describe('search aliases (src/view/search-aliases.ts)', () => {
  const regions = registry();

  it('name every region as the registry does: a province, kabupaten or kota by its code', () => {
    for (const { code, name } of [...PROVINCE_ALIASES, ...REGION_ALIASES]) expect(regions.get(code)?.name, code).toBe(name);
    expect(PROVINCE_ALIASES.every((a) => regions.get(a.code)!.kind === 'provinsi')).toBe(true);
    expect(REGION_ALIASES.every((a) => ['kabupaten', 'kota'].includes(regions.get(a.code)!.kind))).toBe(true);
  });

  it('name every ministry and agency as the registry does, and cover every one of them', () => {
    const bodies = [...regions.values()].filter((r) => r.kind === 'kementerian' || r.kind === 'lembaga').map((r) => r.name);
    expect(Object.keys(BODY_ALIASES).sort()).toEqual([...bodies].sort());
  });

  it('give each name to one region only, except those shared on purpose', () => {
    const owners = new Map<string, string[]>();
    const add = (alias: string, who: string) => owners.set(alias.toLowerCase(), [...(owners.get(alias.toLowerCase()) ?? []), who]);
    for (const a of [...PROVINCE_ALIASES, ...REGION_ALIASES]) a.aliases.forEach((x) => add(x, a.name));
    for (const [name, aliases] of Object.entries(BODY_ALIASES)) aliases.forEach((x) => add(x, name));
    const shared = [...owners].filter(([, who]) => who.length > 1).map(([alias, who]) => `${alias}: ${who.join(', ')}`);
    expect(shared).toEqual([
      'jogja: Provinsi Daerah Istimewa Yogyakarta, Kota Yogyakarta',
      'atr/bpn: Kementerian Agraria dan Tata Ruang, Badan Pertanahan Nasional',
    ]);
  });

  it('are found by code for regions and by name for ministries and agencies, whatever their code', () => {
    expect(searchAliases({ code: '32', kind: 'provinsi', name: 'Provinsi Jawa Barat' })).toEqual(['Jabar']);
    expect(searchAliases({ code: '73.71', kind: 'kota', name: 'Kota Makassar' })).toEqual(['Makasar']);
    expect(searchAliases({ code: 'X-9', kind: 'kementerian', name: 'Kementerian Kesehatan' })).toEqual(['Kemenkes']);
    expect(searchAliases({ code: '32.01', kind: 'kabupaten', name: 'Kabupaten Bogor' })).toEqual([]);
  });

  it("are shown in the order search.js puts a result's meta in", () => {
    const js = readFileSync(join(ROOT, 'templates/assets/search.js'), 'utf8');
    expect(js).toContain(`var META = [${SEARCH_META_KEYS.map((k) => `'${k}'`).join(', ')}];`);
  });
});
