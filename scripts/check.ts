// `npm run check`: validate data/ and content/ without building. Exit 0 when valid, 1 when not.
import { installSafetyNet } from '../src/safety-net.ts';
import { checkInputs } from '../src/site.ts';
import { reportProblems } from '../src/report.ts';

installSafetyNet('check');
const root = process.argv[2] ?? process.cwd();
const { problems, ok } = checkInputs(root);
reportProblems(problems);
if (ok) console.error('Data dan konten valid.');
process.exit(ok ? 0 : 1);
