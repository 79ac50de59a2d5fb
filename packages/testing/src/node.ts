// Helpers for tests that drive the system Chromium from Node (the demo page, the built Storybook, benches).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright';
// @ts-expect-error: plain JavaScript module shared by the whole repository
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/chromium.mjs';
import { axeRunOptions } from './axe-options.js';

export { AXE_TAGS, axeRunOptions, FRAGMENT_DISABLED_RULES } from './axe-options.js';

const require = createRequire(import.meta.url);

/** Launches Debian's Chromium (installing it first when missing and allowed) with the closed-network flags. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium() as string,
    args: CHROMIUM_ARGS as string[],
  });
}

let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown; summary: string }[];
}

/**
 * Runs axe-core inside the page (evaluated through the debugging protocol, so the page's CSP does not block
 * it) on `selector` (default: the whole document, with the page-level rules).
 */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const options = axeRunOptions(selector ? 'fragment' : 'page');
  return page.evaluate(
    async ({ selector: scope, options: runOptions }) => {
      interface Result {
        violations: {
          id: string;
          help: string;
          nodes: { target: unknown; failureSummary?: string }[];
        }[];
      }
      const axe = (
        window as unknown as { axe: { run: (c: unknown, o: object) => Promise<Result> } }
      ).axe;
      const result = await axe.run(scope ?? document, runOptions);
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary ?? '' })),
      }));
    },
    { selector, options },
  );
}

/** One line per violation and node, for a failing assertion that says what and where. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id}: ${v.help}\n` +
        v.nodes.map((n) => `  at ${JSON.stringify(n.target)}: ${n.summary}`).join('\n'),
    )
    .join('\n');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a folder (a static Storybook, a bench page) on 127.0.0.1 and a free port; nothing outside it. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => {
        // Chromium asks every page without an icon link for /favicon.ico: not the page's own request.
        if (path === '/favicon.ico') response.writeHead(204).end();
        else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
