#!/usr/bin/env node
// `npm test` runs this first: it finds (or, as root on Debian, installs) the three browser engines the tests
// run in: Chromium, Firefox ESR and WebKitGTK (Safari's engine), once, before tests run side by side.
import { ensureChromium } from './chromium.mjs';
import { ensureEngine } from './engines.mjs';

try {
  console.log(`[stadtkit] browser tests use Chromium at ${ensureChromium()}`);
  console.log(`[stadtkit] engine tests use Firefox at ${ensureEngine('firefox')}`);
  console.log(`[stadtkit] engine tests use WebKitWebDriver at ${ensureEngine('webkit')}`);
} catch (error) {
  console.error(`[stadtkit] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
