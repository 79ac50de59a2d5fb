// One small interface over three ways of driving a browser: Playwright for Chromium (as the other tests),
// puppeteer-core over WebDriver BiDi for Firefox ESR, and plain W3C WebDriver (WebKitWebDriver under Xvfb) for
// WebKitGTK, Safari's engine. Every test is written once against EnginePage and runs in all three.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium as playwrightChromium, type Browser as PwBrowser } from 'playwright';
import puppeteer, { type Browser as PpBrowser, type KeyInput } from 'puppeteer-core';
// @ts-expect-error: plain JavaScript module shared by the whole repository
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error: plain JavaScript module shared by the whole repository
import { ensureEngine, MINIBROWSER } from '../../scripts/engines.mjs';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export type Key = 'Tab' | 'Enter' | 'Escape';

/** A function run in the page; it must be self-contained (it is sent as source text). */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

export interface EnginePage {
  goto(url: string): Promise<void>;
  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** Polls `fn` in the page until it returns something truthy; returns that. */
  waitFor<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** A real key press, sent to whatever has focus. */
  press(key: Key): Promise<void>;
  /** Errors the page reported: uncaught errors, unhandled rejections, console errors and warnings. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** Browser and version, as the engine reports it: "firefox/153.7.0", "MiniBrowser 2.50.6". */
  version: string;
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

const POLL_MS = 50;
const WAIT_MS = 15_000;

async function poll<R>(read: () => Promise<R>, what: string): Promise<R> {
  const end = Date.now() + WAIT_MS;
  let last: unknown;
  while (Date.now() < end) {
    try {
      last = await read();
      if (last) return last as R;
    } catch (error) {
      // A navigation in progress (a form submitted by keyboard) destroys the page's context: not yet.
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`timed out after ${WAIT_MS} ms waiting for ${what} (last: ${String(last)})`);
}

/** Records errors from the page's start (Chromium, Firefox) through events the drivers deliver. */
function problemLog() {
  const list: string[] = [];
  return {
    list,
    console: (type: string, text: string) => {
      if (type === 'error' || type === 'warning' || type === 'warn') list.push(`${type}: ${text}`);
    },
    error: (message: string) => list.push(`pageerror: ${message}`),
  };
}

async function launchChromium(): Promise<Engine> {
  const browser: PwBrowser = await playwrightChromium.launch({
    executablePath: ensureChromium() as string,
    args: CHROMIUM_ARGS as string[],
  });
  return {
    name: 'chromium',
    version: `chromium/${browser.version()}`,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const log = problemLog();
      page.on('console', (message) => log.console(message.type(), message.text()));
      page.on('pageerror', (error) => log.error(error.message));
      const evaluate = <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) =>
        page.evaluate(
          ([source, list]) =>
            (new Function(`return (${source})`)() as (...a: unknown[]) => unknown)(...list),
          [fn.toString(), args] as const,
        ) as Promise<R>;
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate,
        waitFor: (fn, ...args) => poll(() => evaluate(fn, ...args), fn.toString()),
        press: (key) => page.keyboard.press(key),
        problems: async () => log.list,
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function launchFirefox(): Promise<Engine> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureEngine('firefox') as string,
    protocol: 'webDriverBiDi',
    headless: true,
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const log = problemLog();
      page.on('console', (message) => log.console(message.type(), message.text()));
      page.on('pageerror', (error: unknown) =>
        log.error(error instanceof Error ? error.message : String(error)),
      );
      const evaluate = <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) =>
        page.evaluate(
          (source: string, list: unknown[]) =>
            (new Function(`return (${source})`)() as (...a: unknown[]) => unknown)(...list),
          fn.toString(),
          args,
        ) as Promise<R>;
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate,
        waitFor: (fn, ...args) => poll(() => evaluate(fn, ...args), fn.toString()),
        press: (key) => page.keyboard.press(key as KeyInput),
        problems: async () => log.list,
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object'
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const KEYS: Record<Key, string> = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C' };

/**
 * WebKitGTK through WebKitWebDriver (W3C WebDriver over HTTP), under xvfb-run. Classic WebDriver cannot run a
 * script before the page's own, so errors are recorded from the end of each navigation on: a page's wake-up
 * errors (hydration) show in the DOM the tests check, not in `problems()`. Pages share one browser window.
 */
async function launchWebKit(): Promise<Engine> {
  const driverPath = ensureEngine('webkit') as string;
  const port = await freePort();
  const driver: ChildProcess = spawn('xvfb-run', ['-a', driverPath, `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A hung driver fails the test with its command named, not the whole file by timeout.
      signal: AbortSignal.timeout(40_000),
    });
    const { value } = (await response.json()) as { value: unknown };
    if (!response.ok) {
      const { error, message } = value as { error?: string; message?: string };
      throw new Error(`WebDriver ${method} ${path}: ${error ?? response.status} ${message ?? ''}`);
    }
    return value;
  };
  await poll(
    () =>
      fetch(`${base}/status`).then(
        (r) => r.ok,
        () => false,
      ),
    'WebKitWebDriver',
  );
  const sessions = new Set<string>();
  const newSession = async () => {
    const { sessionId, capabilities } = (await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          timeouts: { pageLoad: 30_000, script: 30_000 },
        },
      },
    })) as { sessionId: string; capabilities: { browserName: string; browserVersion: string } };
    sessions.add(sessionId);
    return { sessionId, version: `${capabilities.browserName} ${capabilities.browserVersion}` };
  };
  // One MiniBrowser for the whole run: starting one per page costs seconds and, on a loaded machine, can
  // hang. Pages take turns in it (one at a time, as WebKitWebDriver allows one session anyway).
  const shared = await newSession().catch(() => newSession());

  const RECORDER = `if (!window.__stadtkitProblems) { window.__stadtkitProblems = [];
    addEventListener('error', (e) => window.__stadtkitProblems.push('pageerror: ' + e.message));
    addEventListener('unhandledrejection', (e) => window.__stadtkitProblems.push('pageerror: ' + e.reason));
    for (const type of ['error', 'warn']) { const original = console[type];
      console[type] = (...a) => { window.__stadtkitProblems.push(type + ': ' + a.join(' ')); original.apply(console, a); }; } }`;

  return {
    name: 'webkit',
    version: shared.version,
    async newPage() {
      const session = `/session/${shared.sessionId}`;
      const earlier: string[] = [];
      const evaluate = async <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) => {
        const result = (await call('POST', `${session}/execute/async`, {
          script: `const done = arguments[arguments.length - 1];
            Promise.resolve().then(() => (${fn.toString()}).apply(null, ${JSON.stringify(args)}))
              .then((ok) => done({ ok: ok === undefined ? null : ok }), (e) => done({ error: String(e && e.stack || e) }));`,
          args: [],
        })) as { ok?: R; error?: string };
        if (result.error !== undefined) throw new Error(`in WebKit: ${result.error}`);
        return result.ok as R;
      };
      const record = () => call('POST', `${session}/execute/sync`, { script: RECORDER, args: [] });
      const collect = async () =>
        (await call('POST', `${session}/execute/sync`, {
          script: 'return window.__stadtkitProblems || []',
          args: [],
        })) as string[];
      return {
        async goto(url) {
          earlier.push(...(await collect().catch(() => [])));
          await call('POST', `${session}/url`, { url });
          await record();
        },
        evaluate,
        waitFor: (fn, ...args) => poll(() => evaluate(fn, ...args), fn.toString()),
        press: async (key) => {
          await call('POST', `${session}/actions`, {
            actions: [
              {
                type: 'key',
                id: 'keyboard',
                actions: [
                  { type: 'keyDown', value: KEYS[key] },
                  { type: 'keyUp', value: KEYS[key] },
                ],
              },
            ],
          });
        },
        problems: async () => [...earlier, ...(await collect())],
        close: async () => {
          // Leave the page (its session storage stays with its origin, as in a browser tab).
          await call('POST', `${session}/url`, { url: 'about:blank' }).catch(() => undefined);
        },
      };
    },
    async close() {
      for (const id of sessions) await call('DELETE', `/session/${id}`).catch(() => undefined);
      if (driver.pid) {
        try {
          process.kill(-driver.pid, 'SIGTERM'); // xvfb-run, Xvfb, the driver and MiniBrowser
        } catch {
          // already gone
        }
      }
    },
  };
}

export function launchEngine(name: EngineName): Promise<Engine> {
  switch (name) {
    case 'chromium':
      return launchChromium();
    case 'firefox':
      return launchFirefox();
    case 'webkit':
      return launchWebKit();
  }
}
