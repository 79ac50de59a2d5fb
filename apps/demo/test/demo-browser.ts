import type { Server } from 'node:http';
import type { Browser } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '@stadtkit/testing/node';
import { startServer } from '../src/server.js';

/** The demo server on a free port and Chromium, for one test file: started before, closed after. */
export function demoInBrowser(): { url: string; browser: Browser } {
  const demo = {} as { url: string; browser: Browser; server: Server };
  beforeAll(async () => {
    ({ server: demo.server, url: demo.url } = await startServer({ port: 0 }));
    demo.browser = await launch();
  });
  afterAll(async () => {
    await demo.browser?.close();
    await new Promise((resolve) => demo.server?.close(resolve));
  });
  return demo;
}
