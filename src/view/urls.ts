/**
 * A path from its parts as one flat string. V8 keeps a longer template literal as a tree of
 * its parts, and the view holds these paths, several per region, for the whole build
 * (docs/performance.md, "What changed in stop 12").
 */
const path = (...parts: (string | number)[]): string => parts.join('');

/** Every published path, in one place: these URLs are promises to journalists. */
export const urls = {
  home: () => '/',
  round: (year: number) => `/peringkat/${year}/`,
  /** One kind's ranking in a round (`/peringkat/2024/kabupaten/`): the round's page links each. */
  roundKind: (year: number, kind: string) => `/peringkat/${year}/${kind}/`,
  /** Every round, newest first: where a ranking's address leads when its year is cut off. */
  rounds: () => '/peringkat/',
  /** A round's social card (Open Graph image), 1200×630 PNG; the home page shows the latest round's. */
  roundCard: (year: number) => `/peringkat/${year}/kartu.png`,
  region: (slug: string) => path('/wilayah/', slug, '/'),
  /** Kabupaten and kota of one province compared; slug = the province's region slug without `provinsi-` (src/view/provinces.ts). */
  province: (slug: string) => `/provinsi/${slug}/`,
  /** Every province page, A–Z. */
  provinces: () => '/provinsi/',
  /** Browser bundles built from src/client/ (src/bundle.ts). */
  scriptDir: () => '/assets/js/',
  script: (name: string) => `/assets/js/${name}.js`,
  code: (code: string) => path('/kode/', code, '/'),
  page: (slug: string) => `/${slug}/`,
  roundJson: (year: number) => `/data/${year}.json`,
  roundCsv: (year: number) => `/data/${year}.csv`,
  /** The rows of the round's CSV as a spreadsheet with typed cells (src/view/spreadsheets.ts). */
  roundXlsx: (year: number) => `/data/${year}.xlsx`,
  // For journalists and re-users (docs/data-format.md, "Links, downloads and search for journalists"):
  /** The region as it was in one round: a permalink that never changes with later rounds. */
  regionRound: (slug: string, year: number) => path('/wilayah/', slug, '/', year, '/'),
  regionHistoryCsv: (slug: string) => `/wilayah/${slug}/riwayat.csv`,
  regionHistoryJson: (slug: string) => `/wilayah/${slug}/riwayat.json`,
  /** Social card (Open Graph image), 1200×630 PNG. */
  regionCard: (slug: string) => `/wilayah/${slug}/kartu.png`,
  embed: (slug: string) => `/embed/${slug}/`,
  /** A–Z list of every region page: the way in that needs no JavaScript. */
  regionIndex: () => '/wilayah/',
  dataIndex: () => '/data/',
  dataReadme: () => '/data/README.md',
  /** Frictionless Data Package: every file, field, type and the licence. */
  dataPackage: () => '/data/datapackage.json',
  allRoundsJson: () => '/data/semua.json',
  allRoundsCsv: () => '/data/semua.csv',
  allRoundsXlsx: () => '/data/semua.xlsx',
  /** Every CSV, JSON and XLSX of `/data/` and a README, in one zip (src/view/data-zip.ts). */
  dataZip: () => '/data/semua-data.zip',
  /** The sitemap, or its index when the site has more pages than one sitemap may list (src/view/sitemap.ts). */
  sitemap: () => '/sitemap.xml',
  robots: () => '/robots.txt',
  sitemapPart: (n: number) => `/sitemap-${n}.xml`,
  /** Pagefind's bundle (index and UI), generated after the build. */
  searchBundle: () => '/pagefind/',
};
