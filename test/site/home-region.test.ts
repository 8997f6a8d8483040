/** `npm run test:site`: the home page and region pages at a desktop's width (test/browser/home-region-layout.ts; the phone's in `npm test`). */
import { describe } from 'vitest';
import { browserSession, DESKTOP, layoutAt } from '../browser/home-region-layout.ts';

const session = browserSession();

describe('at desktop width', () => layoutAt('desktop', DESKTOP, session));
