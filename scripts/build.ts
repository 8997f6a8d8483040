// `npm run build [-- <output folder>]`: build the site into _site/ (or the folder given).
import { DEBUG, installSafetyNet } from '../src/safety-net.ts';
import { buildSite } from '../src/build.ts';

installSafetyNet('build');

// Eleventy without its ESM resolver hook, which sees every later import, to re-import changed
// JavaScript while watching: a build watches nothing (docs/performance.md, "What changed in stop 12").
// Eleventy reads it when first imported.
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';

const output = process.argv[2] ?? '_site';
const started = performance.now();
// SITE_DATA, as in .eleventy.js: the folder holding data/ and content/ (tests, benchmark).
const ok = await buildSite({ root: process.env.SITE_DATA ?? process.cwd(), output, debug: DEBUG });
if (ok) console.error(`Situs dibangun di ${output}/ dalam ${((performance.now() - started) / 1000).toFixed(1)} detik.`);
process.exit(ok ? 0 : 1);
