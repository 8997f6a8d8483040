/**
 * The tile-grid map of the 38 provinces (src/view/province-map.ts): one equal tile each, placed
 * roughly where the province lies — Sumatra on the left, Java and Nusa Tenggara along the bottom,
 * Papua on the right — so that DKI Jakarta and DI Yogyakarta weigh as much as Papua. Laid out by
 * hand for this project (no boundary data), 11 columns by 7 rows; `short` is the name people use:
 * a word of the province's name, or one of its short names in src/view/search-aliases.ts (tested).
 * test/unit/province-map.test.ts checks 38 distinct tiles, one per province code of the registry.
 */
export interface ProvinceTile {
  col: number;
  row: number;
  short: string;
}

export const PROVINCE_TILES: Readonly<Record<string, ProvinceTile>> = {
  // Sumatra
  '11': { col: 0, row: 0, short: 'Aceh' },
  '12': { col: 0, row: 1, short: 'Sumut' },
  '14': { col: 1, row: 1, short: 'Riau' },
  '21': { col: 2, row: 1, short: 'Kepri' },
  '13': { col: 0, row: 2, short: 'Sumbar' },
  '15': { col: 1, row: 2, short: 'Jambi' },
  '19': { col: 2, row: 2, short: 'Babel' },
  '17': { col: 0, row: 3, short: 'Bengkulu' },
  '16': { col: 1, row: 3, short: 'Sumsel' },
  '18': { col: 1, row: 4, short: 'Lampung' },
  // Java, Bali and Nusa Tenggara
  '31': { col: 2, row: 4, short: 'DKI' },
  '36': { col: 1, row: 5, short: 'Banten' },
  '32': { col: 2, row: 5, short: 'Jabar' },
  '33': { col: 3, row: 5, short: 'Jateng' },
  '34': { col: 3, row: 6, short: 'DIY' },
  '35': { col: 4, row: 5, short: 'Jatim' },
  '51': { col: 5, row: 5, short: 'Bali' },
  '52': { col: 6, row: 5, short: 'NTB' },
  '53': { col: 7, row: 5, short: 'NTT' },
  // Kalimantan
  '65': { col: 4, row: 0, short: 'Kaltara' },
  '61': { col: 3, row: 1, short: 'Kalbar' },
  '64': { col: 4, row: 1, short: 'Kaltim' },
  '62': { col: 3, row: 2, short: 'Kalteng' },
  '63': { col: 4, row: 2, short: 'Kalsel' },
  // Sulawesi
  '75': { col: 6, row: 1, short: 'Gorontalo' },
  '71': { col: 7, row: 1, short: 'Sulut' },
  '76': { col: 5, row: 2, short: 'Sulbar' },
  '72': { col: 6, row: 2, short: 'Sulteng' },
  '73': { col: 5, row: 3, short: 'Sulsel' },
  '74': { col: 6, row: 3, short: 'Sultra' },
  // Maluku
  '82': { col: 8, row: 1, short: 'Malut' },
  '81': { col: 8, row: 2, short: 'Maluku' },
  // Papua
  '96': { col: 9, row: 1, short: 'PBD' },
  '92': { col: 10, row: 1, short: 'Pabar' },
  '94': { col: 9, row: 2, short: 'Papteng' },
  '91': { col: 10, row: 2, short: 'Papua' },
  '95': { col: 10, row: 3, short: 'Pegunungan' },
  '93': { col: 10, row: 4, short: 'Papsel' },
};

export const MAP_COLUMNS = 11;
export const MAP_ROWS = 7;
