// `npm run build [-- <output folder>]`: build the site into _site/ (or the folder given).
import { DEBUG, installSafetyNet } from '../src/safety-net.ts';
import { buildSite } from '../src/build.ts';

installSafetyNet('build');

// Eleventy without its ESM resolver hook, which on Node 20 starts a loader thread and routes
// every later import through it, to re-import changed JavaScript while watching: a build
// watches nothing (sample: ~0.1 s). Eleventy reads it when first imported.
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';

const output = process.argv[2] ?? '_site';
const started = performance.now();
// SITE_DATA, as in .eleventy.js: the folder holding data/ and content/ (tests, benchmark).
const ok = await buildSite({ root: process.env.SITE_DATA ?? process.cwd(), output, debug: DEBUG });
if (ok) console.error(`Situs dibangun di ${output}/ dalam ${((performance.now() - started) / 1000).toFixed(1)} detik.`);
process.exit(ok ? 0 : 1);
