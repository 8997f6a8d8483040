/**
 * What journalists and the public need around the numbers: citations, per-round permalinks,
 * downloads, embeds, share meta and social cards, comparisons, search. Checked on the built
 * sample site against values worked out from data/ here, independently of src/ (a small CSV
 * reader, counting and averaging by hand), or quoted from the issue itself.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleSite } from './helpers/sample-site.ts';
import { citation } from '../src/view/citation.ts';
import { writeCards } from '../src/cards/render.ts';
import { serveStatic, type StaticServer } from './browser/static-server.ts';
import { tags } from './helpers/html.ts';
import { buildFixture, fixturePath } from './helpers/build-fixture.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SITE_URL = 'https://kepatuhan.example.id'; // content/site.md
const ROUNDS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025];

let site: string;
const read = (path: string) => readFileSync(join(site, path), 'utf8');

// ---- An independent reading of data/: no code from src/ ----

/** `code → score` of one round, for any of the contract's CSV dialects (BOM, `;`, decimal comma, CRLF). */
function rawScores(year: number): Map<string, number> {
  const lines = readFileSync(join(ROOT, 'data/scores', `${year}.csv`), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const sep = lines[0]!.includes(';') ? ';' : ',';
  const header = lines[0]!.split(sep).map((h) => h.trim().toLowerCase());
  const [code, score] = [header.indexOf('code'), header.indexOf('score')];
  // Cells split at separators outside quotes: names such as "Badan Meteorologi, Klimatologi, dan Geofisika" hold commas.
  const cells = (l: string) => l.match(new RegExp(`("([^"]|"")*"|[^${sep}]*)(${sep}|$)`, 'g'))!.map((c) => c.replace(new RegExp(`${sep}$`), ''));
  return new Map(
    lines
      .slice(1)
      .map(cells)
      .map((c) => [c[code]!.trim(), Number(c[score]!.trim().replace(',', '.'))]),
  );
}

/** `code → { name, kind, province }` from data/regions.csv (no quoted commas in the columns read here but the name). */
function registry(): Map<string, { name: string; kind: string; province: string }> {
  const lines = readFileSync(join(ROOT, 'data/regions.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean);
  return new Map(
    lines.map((l) => {
      const cells = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      return [cells[0]!, { name: cells[1]!, kind: cells[2]!, province: cells[3]! }];
    }),
  );
}

const scoresOf = new Map(ROUNDS.map((y) => [y, rawScores(y)]));
const regions = registry();
const id = (n: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

/** 1 + how many of the same kind (and, with `province`, the same province among kabupaten and kota) scored higher. */
function rankOf(year: number, code: string, inProvince = false): { rank: number; of: number } {
  const me = regions.get(code)!;
  const peers = [...scoresOf.get(year)!].filter(([c]) => {
    const r = regions.get(c)!;
    return inProvince ? (r.kind === 'kabupaten' || r.kind === 'kota') && r.province === me.province : r.kind === me.kind;
  });
  const mine = scoresOf.get(year)!.get(code)!;
  return { rank: 1 + peers.filter(([, s]) => s > mine).length, of: peers.length };
}

/** The latest earlier round with a score for code. */
function previousRound(year: number, code: string): number | null {
  return ROUNDS.filter((y) => y < year && scoresOf.get(y)!.has(code)).pop() ?? null;
}

/** Zones: 2015–2021 default bands (81 / 51), 2022–2024 five grades (hijau from 78, kuning from 54). */
function zoneIn(year: number, score: number): 'hijau' | 'kuning' | 'merah' {
  const [green, yellow] = year >= 2022 ? [78, 54] : [81, 51];
  return score >= green ? 'hijau' : score >= yellow ? 'kuning' : 'merah';
}

function meta(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags(html).filter((t) => t.name === 'meta')) {
    const key = t.attrs.property ?? t.attrs.name;
    if (key) out[key] = t.attrs.content ?? '';
  }
  return out;
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const text = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

beforeAll(() => {
  site = sampleSite();
});

describe('how to cite', () => {
  const bogor2024 =
    'Ombudsman Republik Indonesia. (2024). Kabupaten Bogor: nilai kepatuhan 83,42 (Zona Hijau, Kualitas Tinggi), peringkat 301 dari 416 kabupaten. ' +
    'Penilaian Kepatuhan Standar Pelayanan Publik 2024, diumumkan 10 Desember 2024. https://kepatuhan.example.id/wilayah/kabupaten-bogor/2024/';

  it("gives the issue's example citation on Kabupaten Bogor's page, pointing at its 2024 permalink", () => {
    const html = read('wilayah/kabupaten-bogor/index.html');
    expect(html).toContain(`<blockquote class="citation"><p id="kutip-teks">${bogor2024}</p></blockquote>`);
    expect(text(html)).toContain('Diumumkan 10 Desember 2024');
  });

  it('quotes a score and rank that match data/scores/2024.csv', () => {
    expect(scoresOf.get(2024)!.get('32.01')).toBe(83.42);
    expect(rankOf(2024, '32.01')).toEqual({ rank: 301, of: 416 });
  });

  it('says when the announcement date is unknown, and then uses the round year', () => {
    const c = citation(
      'Ombudsman Republik Indonesia',
      { name: 'Metro', kind: 'kota', score: 80.85, zone: 'hijau', headline: 'Zona Hijau', band: 'Kualitas Tinggi', rank: 3, rankOf: 98 },
      { year: 2020, title: 'Penilaian X', published: null },
      'https://x.id/wilayah/kota-metro/2020/',
    );
    expect(c.text).toBe(
      'Ombudsman Republik Indonesia. (2020). Kota Metro: nilai kepatuhan 80,85 (Zona Hijau, Kualitas Tinggi), peringkat 3 dari 98 kota. Penilaian X, tanggal pengumuman tidak diketahui. https://x.id/wilayah/kota-metro/2020/',
    );
    expect(c.published).toBeNull();
  });
});

describe('the region as it was in each round (wilayah/<slug>/YYYY/)', () => {
  const years = ROUNDS.filter((y) => scoresOf.get(y)!.has('32.01'));

  it('exists for every round Kabupaten Bogor was assessed in, and its page links each', () => {
    expect(years).toEqual([2018, 2019, 2021, 2022, 2023, 2024]);
    const page = read('wilayah/kabupaten-bogor/index.html');
    for (const y of years) {
      expect(existsSync(join(site, `wilayah/kabupaten-bogor/${y}/index.html`)), String(y)).toBe(true);
      expect(page).toContain(`href="/wilayah/kabupaten-bogor/${y}/"`);
    }
    expect(existsSync(join(site, 'wilayah/kabupaten-bogor/2017'))).toBe(false);
  });

  it('shows the 2019 result with its ranks, change and citation', () => {
    const html = read('wilayah/kabupaten-bogor/2019/index.html');
    const t = text(html);
    // data/scores/2019.csv is the semicolon, decimal-comma export: "32.01;Bogor;66,84"; 2018 had 65.18.
    expect(scoresOf.get(2019)!.get('32.01')).toBe(66.84);
    const national = rankOf(2019, '32.01');
    const provincial = rankOf(2019, '32.01', true);
    expect(t).toContain('66,84');
    expect(t).toContain('Zona Kuning'); // below 81 and at least 51 under the 2019 bands
    expect(t).toContain(`${national.rank} dari ${national.of} kabupaten`);
    expect(t).toContain(`${provincial.rank} dari ${provincial.of} kabupaten/kota`);
    expect(t).toContain('+1,66 poin'); // 66.84 − 65.18
    expect(html).toContain('href="/wilayah/kabupaten-bogor/2018/"');
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/wilayah/kabupaten-bogor/2019/">`);
    expect(t).toContain(
      `Ombudsman Republik Indonesia. (2019). Kabupaten Bogor: nilai kepatuhan 66,84 (Zona Kuning, Kepatuhan Sedang), peringkat ${national.rank} dari ${national.of} kabupaten. Penilaian Kepatuhan Standar Pelayanan Publik 2019, diumumkan 10 Desember 2019. ${SITE_URL}/wilayah/kabupaten-bogor/2019/`,
    );
  });

  it('compares with the province average and the national median computed from the CSV', () => {
    const y = scoresOf.get(2024)!;
    const jabar = [...y].filter(([c]) => ['kabupaten', 'kota'].includes(regions.get(c)!.kind) && regions.get(c)!.province === '32').map(([, s]) => s);
    const average = Math.round((jabar.reduce((a, b) => a + b, 0) / jabar.length) * 100) / 100;
    const kab = [...y]
      .filter(([c]) => regions.get(c)!.kind === 'kabupaten')
      .map(([, s]) => s)
      .sort((a, b) => a - b);
    const median = kab.length % 2 ? kab[(kab.length - 1) / 2]! : Math.round(((kab[kab.length / 2 - 1]! + kab[kab.length / 2]!) / 2) * 100) / 100;
    for (const page of ['wilayah/kabupaten-bogor/index.html', 'wilayah/kabupaten-bogor/2024/index.html']) {
      const t = text(read(page));
      expect(t).toContain(`Rata-rata ${jabar.length} kabupaten/kota di Provinsi Jawa Barat ${id(average)}`);
      expect(t).toContain(`Median nasional ${kab.length} kabupaten ${id(median)}`);
    }
  });
});

describe('links published under a former slug', () => {
  // data/regions.csv: "12.12,Toba,kabupaten,12,,kabupaten-toba-samosir".
  it('keep working after a rename: per-round pages and the embed redirect, downloads and card are there', () => {
    const years = ROUNDS.filter((y) => scoresOf.get(y)!.has('12.12'));
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) {
      const html = read(`wilayah/kabupaten-toba-samosir/${y}/index.html`);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/wilayah/kabupaten-toba/${y}/">`);
    }
    expect(read('embed/kabupaten-toba-samosir/index.html')).toContain('url=/embed/kabupaten-toba/');
    expect(read('wilayah/kabupaten-toba-samosir/riwayat.csv')).toBe(read('wilayah/kabupaten-toba/riwayat.csv'));
    expect(read('wilayah/kabupaten-toba-samosir/riwayat.json')).toBe(read('wilayah/kabupaten-toba/riwayat.json'));
    expect(existsSync(join(site, 'wilayah/kabupaten-toba-samosir/kartu.png'))).toBe(true);
  });
});

describe("a region's history as CSV and JSON", () => {
  it('lists every round of Kabupaten Bogor, oldest first, with the contract fields', () => {
    const json = JSON.parse(read('wilayah/kabupaten-bogor/riwayat.json'));
    expect(json).toMatchObject({
      code: '32.01',
      name: 'Bogor',
      kind: 'kabupaten',
      province: '32',
      slug: 'kabupaten-bogor',
      url: `${SITE_URL}/wilayah/kabupaten-bogor/`,
    });
    expect(json.results.map((r: { year: number }) => r.year)).toEqual([2018, 2019, 2021, 2022, 2023, 2024]);
    expect(json.results.map((r: { score: number }) => r.score)).toEqual([65.18, 66.84, 70.45, 72.98, 74.36, 83.42]);
    expect(json.results[1]).toMatchObject({ year: 2019, previousYear: 2018, previousScore: 65.18, scoreChange: 1.66 });
    expect(json.results[5]).toMatchObject({
      rank: 301,
      rankOf: 416,
      zone: 'hijau',
      grade: 'B',
      dimensions: { input: 76.44, proses: 84.9, output: 74.23, pengaduan: 75.78 },
    });
  });

  it('has the same rows as CSV, `year` first, sub-scores of every round that declared them', () => {
    const lines = read('wilayah/kabupaten-bogor/riwayat.csv').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe(
      'year,code,name,kind,province,slug,score,zone,band,grade,rank,rankOf,provinceRank,provinceRankOf,previousYear,previousScore,scoreChange,previousRank,rankChange,predicate,opinion,methodBreak,previousRankOf,provinceName,dimensions.input,dimensions.proses,dimensions.output,dimensions.pengaduan',
    );
    expect(lines[1]).toMatch(/^2018,32\.01,Bogor,kabupaten,32,kabupaten-bogor,65\.18,kuning,Kepatuhan Sedang,,/);
    expect(lines[6]).toMatch(/^2024,32\.01,Bogor,kabupaten,32,kabupaten-bogor,83\.42,hijau,Kualitas Tinggi,B,301,416,/);
    expect(lines[6]!.endsWith(',76.44,84.9,74.23,75.78')).toBe(true);
  });
});

describe('embedding', () => {
  it('offers a small standalone page with score, zone and trend, not indexed', () => {
    const html = read('embed/kabupaten-bogor/index.html');
    const t = text(html);
    expect(t).toContain('83,42');
    expect(t).toContain('Zona Hijau');
    expect(t).toContain('naik 9,06 poin sejak 2023'); // 83.42 − 74.36
    expect(t).toContain('Data contoh'); // the sample banner travels with the numbers
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/wilayah/kabupaten-bogor/">`);
    expect(html).not.toMatch(/<script/i);
    const links = tags(html).filter((x) => x.name === 'a');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.attrs).toMatchObject({ target: '_blank', rel: 'noopener' });
  });

  it('gives the <iframe> code to copy on the region page, pointing at that page', () => {
    const area = tags(read('wilayah/kabupaten-bogor/index.html')).find((x) => x.name === 'textarea' && x.attrs.id === 'kode-sematan');
    const code = decode(area!.text!);
    expect(code).toMatch(
      /^<iframe src="https:\/\/kepatuhan\.example\.id\/embed\/kabupaten-bogor\/" title="Nilai kepatuhan Kabupaten Bogor" width="\d+" height="\d+"[^>]*><\/iframe>$/,
    );
  });
});

describe('whole-dataset downloads', () => {
  const total = ROUNDS.reduce((n, y) => n + scoresOf.get(y)!.size, 0);

  it('has every result of every round in data/semua.csv and data/semua.json', () => {
    const csv = read('data/semua.csv').split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(1 + total);
    const json = JSON.parse(read('data/semua.json'));
    expect(json.rounds.map((r: { year: number }) => r.year)).toEqual(ROUNDS);
    expect(json.rounds[0]).toMatchObject({ year: 2015, published: '2015-12-08', url: `${SITE_URL}/peringkat/2015/` });
    expect(json.results).toHaveLength(total);
    for (const y of ROUNDS) expect(json.results.filter((r: { year: number }) => r.year === y).length, String(y)).toBe(scoresOf.get(y)!.size);
    const bogor = json.results.find((r: { year: number; code: string }) => r.year === 2019 && r.code === '32.01');
    expect(bogor.score).toBe(66.84);
  });

  it('describes every column in data/README.md and on /data/', () => {
    const columns = read('data/semua.csv').split('\r\n')[0]!.split(',');
    const readme = read('data/README.md');
    const page = read('data/index.html');
    for (const c of columns.map((c) => c.replace(/^dimensions\..*/, 'dimensions'))) {
      expect(readme, c).toContain(`| \`${c}\` |`);
      expect(page, c).toContain(`<code>${c}</code>`);
    }
    for (const f of ['semua.csv', 'semua.json', 'README.md']) expect(page).toContain(`href="/data/${f}"`);
    expect(readme).toContain('Data contoh'); // sampleData: true
  });
});

describe('share meta and social cards', () => {
  function pngSize(path: string): { width: number; height: number } {
    const png = readFileSync(join(site, path));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  }

  it("states Kabupaten Bogor's score, zone and rank, with its card as a large image", () => {
    const m = meta(read('wilayah/kabupaten-bogor/index.html'));
    expect(decode(m['og:title']!)).toBe('Kabupaten Bogor 2024: nilai 83,42, Zona Hijau, peringkat 301 dari 416');
    expect(decode(m['og:description']!)).toContain('nilai kepatuhan 83,42 (Zona Hijau, Kualitas Tinggi), peringkat 301 dari 416 kabupaten');
    expect(m['og:url']).toBe(`${SITE_URL}/wilayah/kabupaten-bogor/`);
    expect(m['og:image']).toBe(`${SITE_URL}/wilayah/kabupaten-bogor/kartu.png`);
    expect(m).toMatchObject({ 'og:image:width': '1200', 'og:image:height': '630', 'twitter:card': 'summary_large_image' });
    expect(pngSize('wilayah/kabupaten-bogor/kartu.png')).toEqual({ width: 1200, height: 630 });
  });

  it('gives every page a title and description, and every og:image exists', () => {
    const pages = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name === 'index.html');
    let withImage = 0;
    for (const e of pages) {
      const html = readFileSync(join(e.parentPath, e.name), 'utf8');
      if (html.includes('http-equiv="refresh"') || html.includes('<meta name="robots" content="noindex">')) continue; // redirects, embeds
      const m = meta(html);
      const where = join(e.parentPath, e.name);
      expect(m['og:title'], where).toBeTruthy();
      expect(m['og:description'], where).toBeTruthy();
      expect(m['twitter:card'], where).toMatch(/^summary(_large_image)?$/);
      if (m['og:image']) {
        withImage++;
        expect(m['og:image'].startsWith(`${SITE_URL}/`), where).toBe(true);
        expect(existsSync(join(site, m['og:image'].slice(SITE_URL.length))), where).toBe(true);
      }
    }
    expect(withImage).toBeGreaterThan(500);
  });

  it('gives the home page and every ranking page a card of their round', () => {
    for (const [page, year] of [
      ['index.html', 2025],
      ['peringkat/2025/index.html', 2025],
      ['peringkat/2019/index.html', 2019],
    ] as const) {
      const m = meta(read(page));
      expect(m['og:image'], page).toBe(`${SITE_URL}/peringkat/${year}/kartu.png`);
      expect(m['twitter:card'], page).toBe('summary_large_image');
      expect(decode(m['og:image:alt']!), page).toMatch(/instansi dinilai; /);
      expect(pngSize(`peringkat/${year}/kartu.png`)).toEqual({ width: 1200, height: 630 });
    }
    expect(decode(meta(read('peringkat/2025/index.html'))['og:title']!)).toBe('Peringkat 2025');
  });

  it('says the figures are sample data in every page description and every feed entry', () => {
    const pages = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name === 'index.html');
    for (const e of pages) {
      const html = readFileSync(join(e.parentPath, e.name), 'utf8');
      if (html.includes('http-equiv="refresh"') || html.includes('<meta name="robots" content="noindex">')) continue;
      const description = /<meta name="description" content="([^"]*)">/.exec(html)?.[1] ?? '';
      expect(description.startsWith('Data contoh, bukan hasil resmi. '), join(e.parentPath, e.name)).toBe(true);
      expect(decode(meta(html)['og:description']!).startsWith('Data contoh, bukan hasil resmi. '), join(e.parentPath, e.name)).toBe(true);
    }
    const summaries = [...read('feed.xml').matchAll(/<summary>([^<]*)<\/summary>/g)].map((m) => m[1]!);
    expect(summaries.length).toBeGreaterThan(10);
    for (const s of summaries) expect(s.startsWith('Data contoh, bukan hasil resmi. '), s).toBe(true);
  });

  it('renders a card once, then reuses it from the cache by content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepatuhan-cards-'));
    try {
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#0d3b66"/><text x="60" y="300" font-size="80" fill="#fff">Uji</text></svg>';
      const cards = [{ url: '/a/kartu.png', svg: () => svg }];
      expect(await writeCards(join(dir, 'out1'), cards, join(dir, 'cache'))).toEqual({ rendered: 1, cached: 0, pruned: 0 });
      expect(await writeCards(join(dir, 'out2'), cards, join(dir, 'cache'))).toEqual({ rendered: 0, cached: 1, pruned: 0 });
      expect(readFileSync(join(dir, 'out2/a/kartu.png')).equals(readFileSync(join(dir, 'out1/a/kartu.png')))).toBe(true);
      expect(await writeCards(join(dir, 'out3'), [{ url: '/a/kartu.png', svg: () => svg.replace('Uji', 'Lain') }], join(dir, 'cache'))).toEqual({
        rendered: 1,
        cached: 0,
        pruned: 0,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('comparisons on the ranking page', () => {
  // Every 2024 result with a previous score: the change, and the zone then and now.
  const changes = [...scoresOf.get(2024)!].flatMap(([code, score]) => {
    const prev = previousRound(2024, code);
    if (prev === null) return [];
    const before = scoresOf.get(prev)!.get(code)!;
    return [{ code, name: regions.get(code)!.name, change: Math.round((score - before) * 100) / 100, from: zoneIn(prev, before), to: zoneIn(2024, score) }];
  });
  const order = ['hijau', 'kuning', 'merah'];

  function table(html: string, captionStart: string): string {
    const start = html.indexOf(`<caption id="`, html.indexOf(captionStart) - 200);
    const at = html.indexOf(captionStart);
    expect(at, captionStart).toBeGreaterThan(-1);
    return html.slice(start, html.indexOf('</table>', at));
  }

  it('lists the biggest rise and fall of 2024 first', () => {
    const html = read('peringkat/2024/index.html');
    const top = [...changes].sort((a, b) => b.change - a.change)[0]!;
    const bottom = [...changes].sort((a, b) => a.change - b.change)[0]!;
    const firstLink = (t: string) => tags(t).find((x) => x.name === 'a')!.attrs.href;
    expect(firstLink(table(html, 'Naik paling banyak 2024'))).toBe(`/wilayah/${slugOf(top.code)}/`);
    expect(firstLink(table(html, 'Turun paling banyak 2024'))).toBe(`/wilayah/${slugOf(bottom.code)}/`);
  });

  it('counts the regions that changed zone in 2024', () => {
    const t = text(read('peringkat/2024/index.html'));
    const better = changes.filter((c) => order.indexOf(c.to) < order.indexOf(c.from)).length;
    const worse = changes.filter((c) => order.indexOf(c.to) > order.indexOf(c.from)).length;
    expect(better + worse).toBeGreaterThan(0);
    if (better) expect(t).toContain(`Pindah ke zona lebih baik pada 2024 (${better} instansi)`);
    if (worse) expect(t).toContain(`Pindah ke zona lebih buruk pada 2024 (${worse} instansi)`);
  });

  /** Default slug: kind and name, slugified (no `slug` overrides in the sample registry for these). */
  function slugOf(code: string): string {
    const r = regions.get(code)!;
    return `${r.kind}-${r.name}`
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  }
});

describe('finding a region', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(site);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds both Bogors by name, part of a name and code in Pagefind's index", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    // A string, not a function: the test runner would rewrite a function's import() for Node.
    const found: Record<string, string[]> = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const out = {};
      for (const q of ['bogor', 'bog', '32.01', '32.71']) {
        const { results } = await pagefind.search(q);
        out[q] = await Promise.all(results.map(async (r) => (await r.data()).url));
      }
      return out;
    })()`);
    expect([...found.bogor!].sort()).toEqual(['/wilayah/kabupaten-bogor/', '/wilayah/kota-bogor/']);
    expect([...found.bog!].sort()).toEqual(['/wilayah/kabupaten-bogor/', '/wilayah/kota-bogor/']);
    expect(found['32.01']![0]).toBe('/wilayah/kabupaten-bogor/');
    expect(found['32.71']![0]).toBe('/wilayah/kota-bogor/');
    await page.close();
  });

  it('finds a region by its other names (issue 20): short names, abbreviations and a common misspelling, first', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const queries = ['jabar', 'dki', 'kemenkes', 'polri', 'makasar', 'diy', 'sulsel', 'ntt', 'bpom', 'kemendikbud', 'jawa barat'];
    const found: Record<string, string[]> = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const out = {};
      for (const q of ${JSON.stringify(queries)}) {
        const { results } = await pagefind.search(q);
        out[q] = await Promise.all(results.slice(0, 3).map(async (r) => (await r.data()).url));
      }
      return out;
    })()`);
    const first = Object.fromEntries(Object.entries(found).map(([q, urls]) => [q, urls[0]]));
    expect(first).toEqual({
      jabar: '/wilayah/provinsi-jawa-barat/',
      dki: '/wilayah/provinsi-daerah-khusus-ibukota-jakarta/',
      kemenkes: '/wilayah/kementerian-kesehatan/',
      polri: '/wilayah/lembaga-kepolisian-negara-republik-indonesia/',
      makasar: '/wilayah/kota-makassar/',
      diy: '/wilayah/provinsi-daerah-istimewa-yogyakarta/',
      sulsel: '/wilayah/provinsi-sulawesi-selatan/',
      ntt: '/wilayah/provinsi-nusa-tenggara-timur/',
      bpom: '/wilayah/lembaga-badan-pengawas-obat-dan-makanan/',
      kemendikbud: '/wilayah/kementerian-pendidikan-dasar-dan-menengah/',
      // The province before its 27 kabupaten and kota, whose records name it too.
      'jawa barat': '/wilayah/provinsi-jawa-barat/',
    });
    // A province's short name finds the province, not its kabupaten and kota.
    expect(found.jabar).toEqual(['/wilayah/provinsi-jawa-barat/']);
    await page.close();
  });

  it('ranks a region found by its other name above a page whose text merely uses it (the name weighs like a heading)', async () => {
    // The small fixture, with a narrative of Kabupaten Bogor that says "Jabar" three times.
    // Unweighted, that page came first for "jabar" (measured when this was written).
    const copy = mkdtempSync(join(tmpdir(), 'alias-'));
    cpSync(fixturePath('site-small'), copy, { recursive: true });
    writeFileSync(
      join(copy, 'content/regions/32.01-kabupaten-bogor.md'),
      '---\ncode: "32.01"\n---\n\nProfil Kabupaten Bogor, di Jabar: kabupaten terbesar di Jabar, penyangga ibu kota di Jabar.\n',
    );
    const built = await buildFixture(copy);
    const small = await serveStatic(built.output);
    try {
      expect(built.ok).toBe(true);
      const page = await browser.newPage();
      await page.goto(`${small.url}/`);
      const urls: string[] = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        const { results } = await pagefind.search('jabar');
        return Promise.all(results.map(async (r) => (await r.data()).url));
      })()`);
      expect(urls).toEqual(['/wilayah/provinsi-jawa-barat/', '/wilayah/kabupaten-bogor/']);
      await page.close();
    } finally {
      await small.close();
      built.cleanup();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("shows a result's kind, province, latest score and zone (or 2025 opinion) under its title", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    /** The tags under the first result for `query`, once that result is `title`. */
    const tagsOf = async (query: string, title: string) => {
      await page.fill('#cari input', query);
      const first = '#cari .pagefind-ui__result:first-child';
      await page.waitForFunction(
        ([sel, t]) =>
          document.querySelector(`${sel} .pagefind-ui__result-link`)?.textContent?.trim() === t &&
          document.querySelector(`${sel} .pagefind-ui__result-tag`) !== null,
        [first, title],
        { timeout: 20_000 },
      );
      return page.$$eval(`${first} .pagefind-ui__result-tag`, (els) => els.map((e) => e.textContent!.trim()));
    };
    await page.click('#cari input');
    await page.waitForSelector('#cari[data-ready] input', { timeout: 20_000 });
    // Kota Makassar (73.71), by its misspelling: its latest round, a round with zones.
    const year = ROUNDS.filter((y) => scoresOf.get(y)!.has('73.71')).pop()!;
    expect(year).toBeLessThan(2025);
    const score = scoresOf.get(year)!.get('73.71')!;
    const zone = zoneIn(year, score);
    expect(await tagsOf('makasar', 'Kota Makassar')).toEqual([
      'Jenis: Kota',
      'Provinsi: Sulawesi Selatan',
      `Nilai: ${id(score)} (${year})`,
      `Hasil: Zona ${zone[0]!.toUpperCase()}${zone.slice(1)}`,
    ]);
    // Polri, assessed in 2025: an opinion instead of a zone, and no province.
    const polri = scoresOf.get(2025)!.get('LEM-05')!;
    const tags = await tagsOf('polri', 'Kepolisian Negara Republik Indonesia');
    expect(tags.slice(0, 2)).toEqual(['Jenis: Lembaga', `Nilai: ${id(polri)} (2025)`]);
    expect(tags[2]).toMatch(/^Hasil: Opini: Kualitas /);
    await page.close();
  });

  it('offers both from the search box on any page, within the Content-Security-Policy', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${server.url}/wilayah/kota-metro/2023/`);
    await page.click('#cari input');
    await page.keyboard.type('bogor');
    await page.waitForFunction(() => document.querySelectorAll('#cari .pagefind-ui__result-link').length >= 2, null, { timeout: 20_000 });
    const titles = await page.$$eval('#cari .pagefind-ui__result-link', (els) => els.map((e) => e.textContent?.trim()));
    expect([...titles].sort()).toEqual(['Kabupaten Bogor', 'Kota Bogor']);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lists every region A–Z without JavaScript, both Bogors under B', () => {
    const html = read('wilayah/index.html');
    const b = html.slice(html.indexOf('id="huruf-b"'), html.indexOf('id="huruf-c"'));
    expect(b).toContain('<a href="/wilayah/kabupaten-bogor/">Kabupaten Bogor</a>');
    expect(b).toContain('<a href="/wilayah/kota-bogor/">Kota Bogor</a>');
    expect(read('index.html')).toContain('href="/wilayah/">Semua wilayah A&ndash;Z</a>');
  });
});

describe('addresses cut short: /peringkat/ and /provinsi/', () => {
  /** The rows of the table on a page: each row's cells as text. */
  const rowsOf = (html: string) =>
    html
      .slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'))
      .split('<tr>')
      .slice(1)
      .map((row) =>
        row
          .split(/<t[hd][ >]/)
          .slice(1)
          .map((cell) =>
            text(`<x ${cell}`)
              .replace(/^ ?[^>]*> ?/, '')
              .trim(),
          ),
      );

  it('lists every round newest first, with how many were assessed, its ranking and its downloads', () => {
    const html = read('peringkat/index.html');
    const rows = rowsOf(html);
    expect(rows.map((r) => r[0])).toEqual([...ROUNDS].reverse().map(String));
    for (const [i, year] of [...ROUNDS].reverse().entries()) {
      const scores = [...scoresOf.get(year)!.values()];
      expect(rows[i]![2], String(year)).toBe(String(scores.length));
      // 2025 has no zones: its bands are counted in words instead, and it says it was a sample.
      if (year === 2025) expect(rows[i]![3], String(year)).toMatch(/^tanpa zona, sampel: Kualitas Tertinggi \d+, Kualitas Tinggi \d+/);
      else expect(rows[i]![3], String(year)).toMatch(new RegExp(`^${scores.filter((s) => zoneIn(year, s) === 'hijau').length} \\(`));
      for (const href of [`/peringkat/${year}/`, `/data/${year}.csv`, `/data/${year}.json`]) expect(html).toContain(`href="${href}"`);
    }
    expect(read('peringkat/2024/index.html')).toContain('<a href="/">Beranda</a> &rsaquo; <a href="/peringkat/">Peringkat</a> &rsaquo; 2024</nav>');
  });

  it('lists every province A–Z with its kabupaten and kota in their latest round, each linking to its page', () => {
    const html = read('provinsi/index.html');
    const provinces = [...regions].filter(([, r]) => r.kind === 'provinsi');
    const names = provinces.map(([, r]) => r.name).sort(new Intl.Collator('id').compare);
    const rows = rowsOf(html);
    expect(rows.map((r) => r[0])).toEqual(names);
    const lampung = rows.find((r) => r[0] === 'Lampung')!;
    // Its latest round is the 2025 sample: the mean is of those assessed, and the count says of how many.
    const members = [...scoresOf.get(2025)!]
      .filter(([c]) => ['kabupaten', 'kota'].includes(regions.get(c)!.kind) && regions.get(c)!.province === '18')
      .map(([, s]) => s);
    const registered = [...regions.values()].filter((r) => ['kabupaten', 'kota'].includes(r.kind) && r.province === '18').length;
    expect(members.length).toBeLessThan(registered);
    expect(lampung.slice(1, 4)).toEqual(['2025', `${members.length} dari ${registered}`, id(members.reduce((a, b) => a + b, 0) / members.length)]);
    expect(html).toContain('<a href="/provinsi/lampung/">Lampung</a>');
    expect(read('provinsi/lampung/index.html')).toContain('<a href="/">Beranda</a> &rsaquo; <a href="/provinsi/">Provinsi</a> &rsaquo; Provinsi Lampung</nav>');
  });

  it("are linked from home and the 404 page, listed in the sitemap, and /provinsi/ is in every page's menu", () => {
    const sitemap = read('sitemap.xml');
    for (const path of ['/peringkat/', '/provinsi/']) {
      for (const page of ['index.html', '404.html']) expect(read(page), page).toContain(`href="${path}"`);
      expect(sitemap).toContain(`<loc>${SITE_URL}${path}</loc>`);
    }
    expect(read('metodologi/index.html')).toContain('<li><a href="/provinsi/">Provinsi</a></li>');
  });
});
