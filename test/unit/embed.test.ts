/**
 * The embed's frame height (src/view/embed.ts) and the line estimate under it (src/view/text-lines.ts),
 * worked by hand from DejaVu Sans's widths: 'a' is 613 thousandths of an em in the regular weight,
 * 675 in bold; the space 318 and 349. That the height suffices in a browser is
 * test/browser/embed-fit.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { lineCount, textWidth } from '../../src/view/text-lines.ts';
import { badgeTexts, embedHeights, iframeCode } from '../../src/view/embed.ts';
import type { Band, Kind, Round } from '../../src/domain/types.ts';
import { placement } from '../../templates/_includes/zone.ts';
import type { Tone } from '../../src/view/categories.ts';

const regular = { px: 10 };
const bold = { px: 10, bold: true };

describe('textWidth', () => {
  it('adds up each character at the font size, bold wider, the middle dot as it is and any other character outside ASCII as 1.3 em', () => {
    expect(textWidth('aaa', regular)).toBeCloseTo(18.39);
    expect(textWidth('aaa', bold)).toBeCloseTo(20.25);
    expect(textWidth('a a', regular)).toBeCloseTo(15.44);
    expect(textWidth('·', regular)).toBeCloseTo(3.18);
    expect(textWidth('é', regular)).toBeCloseTo(13);
    expect(textWidth('😀', bold)).toBeCloseTo(13);
  });
});

describe('lineCount', () => {
  it('counts nothing for no text, one line for what fits', () => {
    expect(lineCount('', 100, regular)).toBe(0);
    expect(lineCount('   ', 100, regular)).toBe(0);
    expect(lineCount('aaa', 100, regular)).toBe(1);
  });

  it('breaks at spaces, counting a run of white space as one', () => {
    // 'aaa aaa' is 18.39 + 3.18 + 18.39 = 39.96 px.
    expect(lineCount('aaa aaa', 40, regular)).toBe(1);
    expect(lineCount('aaa  \n aaa', 40, regular)).toBe(1);
    expect(lineCount('aaa aaa', 39.9, regular)).toBe(2);
    expect(lineCount('aaa aaa aaa', 39.9, regular)).toBe(3);
    expect(lineCount('aaa aaa', 39.9, { px: 9 })).toBe(1);
    expect(lineCount('aaa aaa', 40, bold)).toBe(2); // 20.25 + 3.49 + 20.25
  });

  it('breaks a word wider than the line anywhere, after moving it to a line of its own', () => {
    // Ten 'a' are 61.3 px: three a line (18.39), then one.
    expect(lineCount('aaaaaaaaaa', 20, regular)).toBe(4);
    expect(lineCount('a aaaaaaaaaa', 20, regular)).toBe(5);
  });

  it('takes the indent off the first line only', () => {
    expect(lineCount('aaa', 20, regular, 5)).toBe(2); // 5 + 18.39 > 20: the word is broken
    expect(lineCount('aaa aaa', 40, regular, 1)).toBe(2);
    expect(lineCount('aaa aaa aaa', 40, regular, 1)).toBe(2);
  });

  it('never gives fewer lines for a longer text or a narrower box', () => {
    const words = 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'.split(' ');
    for (let box = 40; box <= 400; box += 7) {
      let previous = 0;
      for (let n = 1; n <= words.length; n++) {
        const lines = lineCount(words.slice(0, n).join(' '), box, bold);
        expect(lines).toBeGreaterThanOrEqual(previous);
        expect(lines).toBeGreaterThanOrEqual(lineCount(words.slice(0, n).join(' '), box + 13, bold));
        previous = lines;
      }
    }
  });
});

const band = (label: string, min: number, zone: Band['zone'], grade: string | null = null): Band => ({ label, min, zone, grade });
const ZONED = {
  bands: [band('Kualitas Tertinggi', 88, 'hijau', 'A'), band('Kualitas Tinggi', 78, 'hijau', 'B'), band('Kepatuhan Rendah', 0, 'merah', null)],
  predicates: [],
};
const OPINION = {
  bands: [band('Kualitas Tertinggi', 88, null), band('Kualitas Rendah', 0, null)],
  predicates: [{ key: 'tm', label: 'Tanpa Maladministrasi' }],
};
const CATEGORIES = { bands: [band('Baik', 50, null), band('Kurang', 0, null)], predicates: [] };

/** The badge's words as the embed renders them, for a result of the band with that predicate. */
function rendered(b: Band, predicate: string | null, lead: string): string {
  const opinion = predicate ? `${b.label} ${predicate}` : b.label;
  const tone: Tone = b.zone ?? 'q1';
  const html = placement({ zone: b.zone, band: b.label, grade: b.grade, predicate, tone, headline: b.zone ? '' : `${lead}: ${opinion}`, opinion }).toString();
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('badgeTexts', () => {
  it('gives every badge a round can show, as placement() writes it', () => {
    expect(badgeTexts(ZONED)).toEqual(['Zona Hijau · A · Kualitas Tertinggi', 'Zona Hijau · B · Kualitas Tinggi', 'Zona Merah · Kepatuhan Rendah']);
    expect(badgeTexts(OPINION)).toEqual([
      'Opini: Kualitas Tertinggi',
      'Opini: Kualitas Tertinggi Tanpa Maladministrasi',
      'Opini: Kualitas Rendah',
      'Opini: Kualitas Rendah Tanpa Maladministrasi',
    ]);
    expect(badgeTexts(CATEGORIES)).toEqual(['Kategori: Baik', 'Kategori: Kurang']);
    // The same words as the template's badge (ZONE_LABEL is the zoned rounds' headline).
    expect(ZONED.bands.map((b) => rendered(b, null, ''))).toEqual([
      'Zona Hijau · A · Kualitas Tertinggi',
      'Zona Hijau · B · Kualitas Tinggi',
      'Zona Merah · Kepatuhan Rendah',
    ]);
    expect(OPINION.bands.flatMap((b) => [rendered(b, null, 'Opini'), rendered(b, 'Tanpa Maladministrasi', 'Opini')])).toEqual(badgeTexts(OPINION));
  });
});

describe('embedHeights', () => {
  const site = { sampleData: false, title: 'Peta Kepatuhan Pelayanan Publik', publisher: 'Ombudsman Republik Indonesia' };
  const regions: { kind: Kind }[] = [...Array(416)].map(() => ({ kind: 'kabupaten' as const }));
  const rounds = [ZONED, OPINION] as unknown as Round[];
  const region = (name: string) => ({ name, kind: 'kabupaten' as Kind, kindLabel: 'Kabupaten', province: { name: 'Provinsi Jawa Barat', url: null } });

  it('grows by a line of the name (20 px) for each line a longer name takes at 300 px', () => {
    const height = embedHeights(rounds, regions, site);
    const one = height(region('Kabupaten Bogor'));
    expect(height(region('Kabupaten Pegunungan Bintang'))).toBe(one + 20); // 2 lines in 274 px at 16 px bold
    expect(height(region('Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'))).toBe(one + 40);
    expect(height(region('K'.repeat(120)))).toBe(one + 100); // unbroken, it wraps anywhere: 22 K (12.4 px each) a line, 6 lines
  });

  it('counts the sample note when the site has one (a line of 16 px, its padding and a gap)', () => {
    const r = region('Kabupaten Bogor');
    expect(embedHeights(rounds, regions, { ...site, sampleData: true })(r)).toBe(embedHeights(rounds, regions, site)(r) + 16 + 4 + 4);
  });

  it('makes room for the longest badge of any round: a round with longer labels makes every frame taller', () => {
    const r = region('Kabupaten Bogor');
    const long = { bands: [band('Kualitas Tertinggi Sekali Dengan Catatan Khusus Dari Ombudsman Republik Indonesia', 0, null)], predicates: [] };
    expect(embedHeights([...rounds, long] as unknown as Round[], regions, site)(r)).toBeGreaterThan(embedHeights(rounds, regions, site)(r));
  });

  it('is written into the embed code, with the width', () => {
    expect(iframeCode('https://x.example', { slug: 'kabupaten-bogor', name: 'Kabupaten "Bogor"' }, 312)).toBe(
      '<iframe src="https://x.example/embed/kabupaten-bogor/" title="Nilai kepatuhan Kabupaten &quot;Bogor&quot;" width="360" height="312" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
  });
});
