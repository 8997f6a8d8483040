import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/ingest/markdown.ts';
import { regionSearchRecord } from '../../src/view/search-record.ts';
import type { RegionPage } from '../../src/view/pages.ts';

describe('markdownText (narratives in the search index)', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownText('# Judul\n\nPelayanan **sangat** baik, lihat [laporan](https://contoh.id) dan `kode`.\n\n- satu\n- dua\n')).toBe(
      'Judul Pelayanan sangat baik, lihat laporan dan kode . satu dua',
    );
  });

  it('keeps text that looks like HTML as text', () => {
    expect(markdownText('a <b>tebal</b> & c')).toBe('a <b>tebal</b> & c');
  });
});

describe('regionSearchRecord', () => {
  const page = {
    url: '/wilayah/kabupaten-bogor/',
    code: '32.01',
    name: 'Kabupaten Bogor',
    kind: 'kabupaten',
    kindLabel: 'Kabupaten',
    province: { name: 'Provinsi Jawa Barat', url: '/wilayah/provinsi-jawa-barat/' },
    latest: { year: 2023, score: 80.85, headline: 'Zona Hijau' },
    description: 'Kabupaten Bogor: nilai 80,85, Zona Hijau (2023).',
    narratives: [{ title: 'Catatan 2023', year: 2023, html: '<p>Naik tajam.</p>', text: 'Naik tajam.' }],
    corrections: [{ id: 'r1', date: '2024-01-05', year: 2023, text: 'Nilai diperbaiki.', html: 'Nilai diperbaiki.' }],
  } as unknown as RegionPage;

  it('holds what the page is found by: name (weighted like a heading), kind, province, code, narratives and corrections; the latest result as meta only', () => {
    expect(regionSearchRecord(page)).toEqual({
      url: '/wilayah/kabupaten-bogor/',
      title: 'Kabupaten Bogor',
      content:
        '___PAGEFIND_WEIGHT___7 Kabupaten Bogor. ___END_PAGEFIND_WEIGHT___ ' +
        'Kabupaten di Provinsi Jawa Barat, kode 32.01. ' +
        'Catatan 2023 Naik tajam. Ralat: Nilai diperbaiki.',
      meta: { jenis: 'Kabupaten', provinsi: 'Jawa Barat', nilai: '80,85 (2023)', hasil: 'Zona Hijau' },
    });
  });

  it('gives other names beside the name, weighted like it: a province by its code, a body by its name', () => {
    const province = {
      ...page,
      url: '/wilayah/provinsi-jawa-barat/',
      code: '32',
      name: 'Provinsi Jawa Barat',
      kind: 'provinsi',
      kindLabel: 'Provinsi',
      province: null,
      latest: { year: 2025, score: 72.43, headline: 'Opini: Kualitas Sedang' },
      narratives: [],
      corrections: [],
    } as unknown as RegionPage;
    const record = regionSearchRecord(province);
    expect(record.content).toMatch(/^___PAGEFIND_WEIGHT___7 Provinsi Jawa Barat \(Jabar\)\. ___END_PAGEFIND_WEIGHT___ Provinsi, kode 32\./);
    expect(record.meta).toEqual({ jenis: 'Provinsi', nilai: '72,43 (2025)', hasil: 'Opini: Kualitas Sedang' });
    const polri = { ...province, code: 'LEM-05', name: 'Kepolisian Negara Republik Indonesia', kind: 'lembaga', kindLabel: 'Lembaga' } as unknown as RegionPage;
    expect(regionSearchRecord(polri).content).toContain('Kepolisian Negara Republik Indonesia (Polri).');
  });

  it('shows no score for a region with a narrative but no result', () => {
    expect(regionSearchRecord({ ...page, latest: null } as unknown as RegionPage).meta).toEqual({ jenis: 'Kabupaten', provinsi: 'Jawa Barat' });
  });

  it("never lets text from the input read as one of the index's markers", () => {
    const hostile = {
      ...page,
      name: 'Kabupaten ___PAGEFIND_WEIGHT___0 Bogor',
      narratives: [{ title: null, year: null, html: '', text: 'a ___END_PAGEFIND_WEIGHT___ b ___PAGEFIND_ANCHOR___x:y' }],
    } as unknown as RegionPage;
    const { content } = regionSearchRecord(hostile);
    expect(content.match(/___(END_)?PAGEFIND_/g)).toEqual(['___PAGEFIND_', '___END_PAGEFIND_']);
    expect(content).toContain('Kabupaten __PAGEFIND_WEIGHT___0 Bogor.');
    expect(content).toContain('a __END_PAGEFIND_WEIGHT___ b __PAGEFIND_ANCHOR___x:y');
  });
});
