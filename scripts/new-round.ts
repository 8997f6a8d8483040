// `npm run new-round -- YYYY`: create content/rounds/YYYY.md and an empty data/scores/YYYY.csv.
import { installSafetyNet } from '../src/safety-net.ts';
import { StaffError } from '../src/staff/errors.ts';
import { parseYear, scaffoldRound } from '../src/staff/new-round.ts';

installSafetyNet('new-round');
const root = process.env.SITE_DATA ?? process.cwd();
try {
  const year = parseYear(process.argv[2]);
  const made = scaffoldRound(root, year);
  const from = made.copiedFrom === null ? 'pengaturan bawaan' : `putaran ${made.copiedFrom}`;
  console.log(`Putaran ${year} dibuat:`);
  console.log(`  ${made.files[0]}  (judul, metode, predikat, kategori nilai dan dimensi disalin dari ${from}; ganti method bila metodenya berubah)`);
  console.log(`  ${made.files[1]}  (kosong, judul kolom: ${made.header})`);
  console.log('Langkah berikutnya:');
  console.log(`  1. Salin nilai ke ${made.files[1]}: satu baris per wilayah, kolom code dan score wajib.`);
  console.log(`  2. Di ${made.files[0]}: isi tanggal published, periksa kategori nilai, tulis ringkasan.`);
  console.log('  3. npm run check (periksa), npm start (pratinjau), npm run diff -- <folder situs terbit> (bandingkan).');
  console.log('Panduan lengkap: docs/staf/menambah-putaran.md');
} catch (e) {
  if (!(e instanceof StaffError)) throw e;
  console.error(`new-round: ${e.message}`);
  process.exit(1);
}
