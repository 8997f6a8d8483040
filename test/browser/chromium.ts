/** Debian's Chromium, headless, as every browser test and `npm run bench:phone` start it (no network of its own, no sandbox in a container). */
import { chromium, type Browser, type Page } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}

/**
 * Report what goes wrong on a page: console errors, uncaught exceptions, failed requests and
 * HTTP errors, except on the URLs `expected` matches (the 404 page, served as a 404 as it should
 * be). A request the browser itself abandons (net::ERR_ABORTED: the page reloaded or closed
 * before the icon's request, say, had finished) is not the site's failure. `report` is called
 * at each problem, so a test that starts a fresh list later still collects into it.
 */
export function watchProblems(page: Page, report: (problem: string) => void, expected?: RegExp): void {
  const unexpected = (url: string) => !expected?.test(url);
  page.on('console', (m) => {
    if (m.type() === 'error' && unexpected(m.location().url)) report(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => report(`exception: ${e.message}`));
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') report(`failed: ${r.url()} ${error}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && unexpected(r.url())) report(`HTTP ${r.status()}: ${r.url()}`);
  });
}
