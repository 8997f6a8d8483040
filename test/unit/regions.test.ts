import { describe, expect, it } from 'vitest';
import { defaultSlug, slugify } from '../../src/domain/slug.ts';
import { readRegions } from '../../src/ingest/regions.ts';
import { formatProblem, Problems } from '../../src/ingest/problems.ts';

const FILE = 'data/regions.csv';

function read(text: string) {
  const problems = new Problems();
  const regions = readRegions(text, FILE, problems);
  return { regions, messages: problems.list.map(formatProblem) };
}

describe('slugs', () => {
  it('slugify keeps lower-case ASCII letters and digits joined by single hyphens', () => {
    expect(slugify('Badan Meteorologi, Klimatologi, dan Geofisika')).toBe('badan-meteorologi-klimatologi-dan-geofisika');
    expect(slugify('  Bau--Bau  ')).toBe('bau-bau');
    expect(slugify('Pangkajène dan Kepulauan')).toBe('pangkajene-dan-kepulauan');
    expect(slugify("Toli'toli")).toBe('toli-toli');
  });

  it('the default slug is <kind>-<name>', () => {
    expect(defaultSlug('kabupaten', 'Lampung Utara')).toBe('kabupaten-lampung-utara');
    expect(defaultSlug('kota', 'Metro')).toBe('kota-metro');
  });

  it('gives Kabupaten Bogor and Kota Bogor, Kabupaten Banjar and Kota Banjar distinct slugs', () => {
    const { regions, messages } = read(
      [
        'code,name,kind,province',
        '32,Jawa Barat,provinsi,',
        '63,Kalimantan Selatan,provinsi,',
        '32.01,Bogor,kabupaten,32',
        '32.71,Bogor,kota,32',
        '32.79,Banjar,kota,32',
        '63.03,Banjar,kabupaten,63',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
    expect(regions.map((r) => [r.code, r.slug, r.province])).toEqual([
      ['32', 'provinsi-jawa-barat', null],
      ['63', 'provinsi-kalimantan-selatan', null],
      ['32.01', 'kabupaten-bogor', '32'],
      ['32.71', 'kota-bogor', '32'],
      ['32.79', 'kota-banjar', '32'], // in Jawa Barat
      ['63.03', 'kabupaten-banjar', '63'], // in Kalimantan Selatan
    ]);
  });

  it('takes an explicit slug and former slugs separated by |', () => {
    const { regions, messages } = read('code,name,kind,province,slug,former_slugs\n18,Lampung,provinsi,,lampung, prov-lampung | lampung-lama \n');
    expect(messages).toEqual([]);
    expect(regions[0]).toMatchObject({ slug: 'lampung', formerSlugs: ['prov-lampung', 'lampung-lama'] });
  });
});

describe('readRegions', () => {
  it('reads kinds case-insensitively and ignores province for other kinds, with a warning', () => {
    const { regions, messages } = read('code,name,kind,province\n18,Lampung,PROVINSI,\nKEM-01,Kementerian Agama,Kementerian,18\n');
    expect(regions.map((r) => [r.code, r.kind, r.province])).toEqual([
      ['18', 'provinsi', null],
      ['KEM-01', 'kementerian', null],
    ]);
    expect(messages).toEqual(['data/regions.csv:3: peringatan: kolom province diabaikan untuk jenis kementerian']);
  });

  it('warns about codes that are not Kemendagri-shaped or name another province', () => {
    const { messages } = read(
      'code,name,kind,province\n32,Jawa Barat,provinsi,\n63,Kalimantan Selatan,provinsi,\n32.1,Bogor,kabupaten,32\n63.71,Banjarmasin,kota,32\n',
    );
    expect(messages).toEqual([
      'data/regions.csv:4: peringatan: kode "32.1" untuk kabupaten tidak berbentuk kode Kemendagri (mis. 18.03); bila spreadsheet menghapus angka 0 di belakang, format kolom code sebagai teks',
      'data/regions.csv:5: peringatan: kode "63.71" diawali 63 tetapi kolom province berisi "32"; diharapkan provinsi yang sama dengan awal kode',
    ]);
  });
});
