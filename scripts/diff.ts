// `npm run diff -- <previous _site or its data/ folder> [--out _diff/index.html]`:
// what publishing the current data/ and content/ would change, round by round.
import { installSafetyNet } from '../src/safety-net.ts';
import { runDiff } from '../src/staff/diff-command.ts';

installSafetyNet('diff');

process.exit(runDiff(process.argv.slice(2), { root: process.env.SITE_DATA ?? process.cwd() }).code);
