// `npm start [-- --port 8080]`: preview the site at http://localhost:8080/ while editing;
// pages reload when data/, content/ or templates/assets/ change, the server restarts when src/ or a template changes.
import { resolve } from 'node:path';
import { installSafetyNet } from '../src/safety-net.ts';
import { PREVIEW_OUTPUT, PREVIEW_PORT, startPreview } from '../src/staff/preview.ts';

installSafetyNet('start');
const project = resolve(import.meta.dirname, '..');
const root = resolve(process.env.SITE_DATA ?? process.cwd());
const portArg = process.argv.find((_, i, all) => all[i - 1] === '--port') ?? process.argv.find((a) => a.startsWith('--port='))?.slice(7);
const port = portArg === undefined ? PREVIEW_PORT : Number(portArg);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`start: port "${portArg}" tidak sah; pakai: npm start -- --port 8080`);
  process.exit(1);
}

console.error(`Pratinjau dari ${root} (hasil di ${PREVIEW_OUTPUT}/, bukan _site/). Tekan Ctrl+C untuk berhenti.`);
const preview = startPreview({ project, root, port });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void preview.stop().then(() => process.exit(0)));
}
