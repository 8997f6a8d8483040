/**
 * Other names search finds a region by (issue 20): the short names of provinces, the
 * abbreviations of ministries and agencies, and common variant spellings of a few cities.
 * They go into the region's search record (src/view/search-record.ts), weighted like its
 * name, so "jabar" finds Provinsi Jawa Barat, "kemenkes" Kementerian Kesehatan and
 * "makasar" Kota Makassar first.
 *
 * Kept modest on purpose: only names in common current use (news, the bodies' own sites),
 * none that would send a search to the wrong place. A province's short name finds the
 * province only, not its kabupaten and kota ("jabar" gives one result, not 28; the
 * province's page lists its regions). Former names are kept where people still search by
 * them and they point to one body today (Kominfo, BP2MI, Kemendikbud); a name now shared
 * by several bodies is left out (Kemenkumham, now three ministries). "NAD" (Aceh before
 * 2009) is left out too.
 *
 * Provinces, kabupaten and kota are matched by their Kemendagri code (the registry's codes
 * are the official ones); ministries and agencies by their name, since their codes are
 * the registry's own. Every entry names its region as the site shows it, and a test
 * (test/unit/search-aliases.test.ts) checks each against data/regions.csv, so a
 * misspelt key cannot go unnoticed. A word of a region's own name needs no alias: search
 * finds words by their beginning too ("yogya" already finds Yogyakarta).
 */

/** A region matched by its Kemendagri code; `name` as the site shows it (checked by a test). */
interface ByCode {
  code: string;
  name: string;
  aliases: readonly string[];
}

/** Provinces: the short names of the press and of the provinces themselves. */
export const PROVINCE_ALIASES: readonly ByCode[] = [
  { code: '12', name: 'Provinsi Sumatera Utara', aliases: ['Sumut'] },
  { code: '13', name: 'Provinsi Sumatera Barat', aliases: ['Sumbar'] },
  { code: '16', name: 'Provinsi Sumatera Selatan', aliases: ['Sumsel'] },
  { code: '19', name: 'Provinsi Kepulauan Bangka Belitung', aliases: ['Babel'] },
  { code: '21', name: 'Provinsi Kepulauan Riau', aliases: ['Kepri'] },
  { code: '31', name: 'Provinsi Daerah Khusus Ibukota Jakarta', aliases: ['DKI Jakarta', 'DKI'] },
  { code: '32', name: 'Provinsi Jawa Barat', aliases: ['Jabar'] },
  { code: '33', name: 'Provinsi Jawa Tengah', aliases: ['Jateng'] },
  { code: '34', name: 'Provinsi Daerah Istimewa Yogyakarta', aliases: ['DIY', 'Jogja'] },
  { code: '35', name: 'Provinsi Jawa Timur', aliases: ['Jatim'] },
  { code: '52', name: 'Provinsi Nusa Tenggara Barat', aliases: ['NTB'] },
  { code: '53', name: 'Provinsi Nusa Tenggara Timur', aliases: ['NTT'] },
  { code: '61', name: 'Provinsi Kalimantan Barat', aliases: ['Kalbar'] },
  { code: '62', name: 'Provinsi Kalimantan Tengah', aliases: ['Kalteng'] },
  { code: '63', name: 'Provinsi Kalimantan Selatan', aliases: ['Kalsel'] },
  { code: '64', name: 'Provinsi Kalimantan Timur', aliases: ['Kaltim'] },
  { code: '65', name: 'Provinsi Kalimantan Utara', aliases: ['Kaltara'] },
  { code: '71', name: 'Provinsi Sulawesi Utara', aliases: ['Sulut'] },
  { code: '72', name: 'Provinsi Sulawesi Tengah', aliases: ['Sulteng'] },
  { code: '73', name: 'Provinsi Sulawesi Selatan', aliases: ['Sulsel'] },
  { code: '74', name: 'Provinsi Sulawesi Tenggara', aliases: ['Sultra'] },
  { code: '76', name: 'Provinsi Sulawesi Barat', aliases: ['Sulbar'] },
  { code: '82', name: 'Provinsi Maluku Utara', aliases: ['Malut'] },
  { code: '92', name: 'Provinsi Papua Barat', aliases: ['Pabar'] },
  { code: '93', name: 'Provinsi Papua Selatan', aliases: ['Papsel'] },
  { code: '94', name: 'Provinsi Papua Tengah', aliases: ['Papteng'] },
  { code: '96', name: 'Provinsi Papua Barat Daya', aliases: ['PBD'] },
];

/** Kabupaten and kota: common short names, and the spellings people type for the official one. */
export const REGION_ALIASES: readonly ByCode[] = [
  { code: '13.73', name: 'Kota Sawahlunto', aliases: ['Sawah Lunto'] },
  { code: '13.75', name: 'Kota Bukittinggi', aliases: ['Bukit Tinggi'] },
  { code: '14.71', name: 'Kota Pekanbaru', aliases: ['Pekan Baru'] },
  { code: '12.72', name: 'Kota Pematangsiantar', aliases: ['Pematang Siantar', 'Siantar'] },
  { code: '12.77', name: 'Kota Padangsidimpuan', aliases: ['Padang Sidempuan', 'Padangsidempuan'] },
  { code: '16.73', name: 'Kota Lubuk Linggau', aliases: ['Lubuklinggau'] },
  { code: '18.71', name: 'Kota Bandar Lampung', aliases: ['Bandarlampung'] },
  { code: '19.71', name: 'Kota Pangkal Pinang', aliases: ['Pangkalpinang'] },
  { code: '21.72', name: 'Kota Tanjung Pinang', aliases: ['Tanjungpinang'] },
  { code: '31.71', name: 'Kota Administrasi Jakarta Pusat', aliases: ['Jakpus'] },
  { code: '31.72', name: 'Kota Administrasi Jakarta Utara', aliases: ['Jakut'] },
  { code: '31.73', name: 'Kota Administrasi Jakarta Barat', aliases: ['Jakbar'] },
  { code: '31.74', name: 'Kota Administrasi Jakarta Selatan', aliases: ['Jaksel'] },
  { code: '31.75', name: 'Kota Administrasi Jakarta Timur', aliases: ['Jaktim'] },
  { code: '34.71', name: 'Kota Yogyakarta', aliases: ['Jogja', 'Jogjakarta'] },
  { code: '36.74', name: 'Kota Tangerang Selatan', aliases: ['Tangsel'] },
  { code: '62.71', name: 'Kota Palangkaraya', aliases: ['Palangka Raya'] },
  { code: '73.71', name: 'Kota Makassar', aliases: ['Makasar'] },
  { code: '73.72', name: 'Kota Parepare', aliases: ['Pare-Pare', 'Pare Pare'] },
  { code: '74.72', name: 'Kota Baubau', aliases: ['Bau-Bau'] },
];

/**
 * Ministries and agencies, by name: the abbreviation each uses for itself (first), then
 * others in common use. Kemendikbud and Kominfo are the former ministries' names.
 */
export const BODY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Kementerian Agama': ['Kemenag'],
  'Kementerian Kesehatan': ['Kemenkes'],
  'Kementerian Perhubungan': ['Kemenhub'],
  'Kementerian Ketenagakerjaan': ['Kemnaker', 'Kemenaker'],
  'Kementerian Sosial': ['Kemensos'],
  'Kementerian Perindustrian': ['Kemenperin'],
  'Kementerian Dalam Negeri': ['Kemendagri'],
  'Kementerian Luar Negeri': ['Kemlu', 'Kemenlu'],
  'Kementerian Pertahanan': ['Kemhan', 'Kemenhan'],
  'Kementerian Hukum': ['Kemenkum'],
  'Kementerian Hak Asasi Manusia': ['KemenHAM'],
  'Kementerian Imigrasi dan Pemasyarakatan': ['Kemenimipas'],
  'Kementerian Keuangan': ['Kemenkeu'],
  'Kementerian Pendidikan Dasar dan Menengah': ['Kemendikdasmen', 'Kemendikbud'],
  'Kementerian Pendidikan Tinggi, Sains, dan Teknologi': ['Kemdiktisaintek', 'Kemendiktisaintek'],
  'Kementerian Kebudayaan': ['Kemenbud'],
  'Kementerian Perdagangan': ['Kemendag'],
  'Kementerian Energi dan Sumber Daya Mineral': ['ESDM'],
  'Kementerian Pekerjaan Umum': ['KemenPU', 'PUPR'],
  'Kementerian Perumahan dan Kawasan Permukiman': ['PKP'],
  'Kementerian Desa dan Pembangunan Daerah Tertinggal': ['Kemendes'],
  'Kementerian Transmigrasi': ['Kementrans'],
  'Kementerian Komunikasi dan Digital': ['Komdigi', 'Kemkomdigi', 'Kemenkomdigi', 'Kominfo'],
  'Kementerian Pertanian': ['Kementan'],
  'Kementerian Kehutanan': ['Kemenhut'],
  'Kementerian Kelautan dan Perikanan': ['KKP'],
  'Kementerian Agraria dan Tata Ruang': ['ATR/BPN'],
  'Kementerian Perencanaan Pembangunan Nasional': ['Bappenas'],
  'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi': ['KemenPANRB', 'PANRB'],
  'Kementerian Badan Usaha Milik Negara': ['BUMN'],
  'Kementerian Koperasi': ['Kemenkop'],
  'Kementerian Usaha Mikro, Kecil, dan Menengah': ['UMKM'],
  'Kementerian Pariwisata': ['Kemenpar'],
  'Kementerian Ekonomi Kreatif': ['Kemenekraf', 'Ekraf'],
  'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak': ['KemenPPPA'],
  'Kementerian Pemuda dan Olahraga': ['Kemenpora'],
  'Kementerian Lingkungan Hidup': ['KLH'],
  'Kementerian Investasi dan Hilirisasi': ['BKPM'],
  'Kementerian Pelindungan Pekerja Migran Indonesia': ['KP2MI', 'BP2MI'],
  'Kementerian Kependudukan dan Pembangunan Keluarga': ['Kemendukbangga', 'BKKBN'],
  'Kementerian Sekretariat Negara': ['Kemensetneg', 'Setneg'],
  'Badan Pertanahan Nasional': ['BPN', 'ATR/BPN'],
  'Badan Pengawas Obat dan Makanan': ['BPOM'],
  'Badan Pusat Statistik': ['BPS'],
  'Badan Kepegawaian Negara': ['BKN'],
  'Kepolisian Negara Republik Indonesia': ['Polri'],
  'Badan Meteorologi, Klimatologi, dan Geofisika': ['BMKG'],
  'Badan Penyelenggara Jaminan Sosial Kesehatan': ['BPJS Kesehatan'],
  'Badan Penyelenggara Jaminan Sosial Ketenagakerjaan': ['BPJS Ketenagakerjaan', 'BPJamsostek'],
  'Badan Nasional Penanggulangan Bencana': ['BNPB'],
  'Badan Narkotika Nasional': ['BNN'],
  'Badan Karantina Indonesia': ['Barantin'],
  'Badan Pengawas Tenaga Nuklir': ['Bapeten'],
  'Badan Informasi Geospasial': ['BIG'],
  'Lembaga Administrasi Negara': ['LAN'],
  'Badan Standardisasi Nasional': ['BSN'],
  'Arsip Nasional Republik Indonesia': ['ANRI'],
};

const byCode = new Map([...PROVINCE_ALIASES, ...REGION_ALIASES].map((a) => [a.code, a.aliases]));

/** The other names of a region (its page's code, kind and name as the site shows it); none for most. */
export function searchAliases(region: { code: string; kind: string; name: string }): readonly string[] {
  if (region.kind === 'kementerian' || region.kind === 'lembaga') return BODY_ALIASES[region.name] ?? [];
  return byCode.get(region.code) ?? [];
}
