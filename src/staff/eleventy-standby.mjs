// Eleventy's dev server for the preview (src/staff/preview.ts), started ahead of need. The
// preview starts this process while a server runs; it loads Eleventy (about half a second)
// and waits. When the server must restart (a template or src/ changed), the preview sends it
// the folders and port, so the restart does not wait for Eleventy to load. The site's own
// code (.eleventy.js, src/, templates/) is loaded only then: the code as it is after the
// change. Plain JavaScript, loaded without a TypeScript loader as Eleventy's own command line
// is (.eleventy.js registers tsx).
//
// Does what `eleventy --serve` does (Eleventy's cmd.cjs), through its API.
import { Eleventy } from '@11ty/eleventy';

process.once('message', async ({ input, output, config, port }) => {
  let eleventy;
  const fatal = (e, message) => (eleventy ? eleventy.errorHandler.fatal(e, message) : (console.error(e), (process.exitCode = 1)));
  process.on('unhandledRejection', (e) => fatal(e, 'Unhandled rejection in promise'));
  process.on('uncaughtException', (e) => fatal(e, 'Uncaught exception'));
  try {
    eleventy = new Eleventy(input, output, { source: 'cli', configPath: config, runMode: 'serve' });
    await eleventy.init();
    await eleventy.watch();
    await eleventy.serve(port);
    process.on('SIGINT', async () => {
      await eleventy.stopWatch();
      process.exitCode = 0;
    });
    // The channel would keep this process alive after its server stopped: closed once the message is out.
    process.send('serving', () => process.disconnect());
  } catch (e) {
    fatal(e, 'Eleventy Fatal Error (CLI)');
    process.disconnect();
  }
});
