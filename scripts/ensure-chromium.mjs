#!/usr/bin/env node
// `npm test` runs this first: it finds (or, as root on Debian, installs) the Chromium for browser tests.
import { ensureChromium } from './chromium.mjs';

try {
  const path = ensureChromium();
  console.log(`[stadtkit] browser tests use Chromium at ${path}`);
} catch (error) {
  console.error(`[stadtkit] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
