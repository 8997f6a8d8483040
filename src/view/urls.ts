/** Every published path, in one place: these URLs are promises to journalists. */
export const urls = {
  home: () => '/',
  round: (year: number) => `/peringkat/${year}/`,
  region: (slug: string) => `/wilayah/${slug}/`,
  province: (slug: string) => `/provinsi/${slug}/`,
  code: (code: string) => `/kode/${code}/`,
  page: (slug: string) => `/${slug}/`,
  roundJson: (year: number) => `/data/${year}.json`,
  roundCsv: (year: number) => `/data/${year}.csv`,
};
