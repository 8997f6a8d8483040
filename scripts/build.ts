// `npm run build [-- <output folder>]`: build the site into _site/ (or the folder given).
import { buildSite } from '../src/build.ts';

const output = process.argv[2] ?? '_site';
const started = performance.now();
// SITE_DATA, as in .eleventy.js: the folder holding data/ and content/ (tests, benchmark).
const ok = await buildSite({ root: process.env.SITE_DATA ?? process.cwd(), output });
if (ok) console.error(`Situs dibangun di ${output}/ dalam ${((performance.now() - started) / 1000).toFixed(1)} detik.`);
process.exit(ok ? 0 : 1);
