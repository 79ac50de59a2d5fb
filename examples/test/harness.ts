// Packs the publishable packages, installs them into the example projects like a user would (from tarballs,
// with npm), serves an example with a strict Content-Security-Policy and opens it in Chromium.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { TYPES as STATIC_TYPES } from '../../scripts/static-server.mjs';

const TYPES: Record<string, string> = STATIC_TYPES;

const run = promisify(execFile);
export const EXAMPLES = resolve(import.meta.dirname, '..');
const REPO = resolve(EXAMPLES, '..');
const PACKS = join(EXAMPLES, '.packs');
export const PACKAGES = [
  'model',
  'photo',
  'news-teaser',
  'weather-status',
  'warnings',
  'elements',
  'proxy',
  'tokens',
];

/** `npm pack` of every publishable package into examples/.packs/stadtkit-<name>.tgz. */
export async function packAll(): Promise<void> {
  rmSync(PACKS, { recursive: true, force: true });
  mkdirSync(PACKS, { recursive: true });
  const { stdout } = await run(
    'npm',
    [
      'pack',
      '--json',
      '--pack-destination',
      PACKS,
      ...PACKAGES.map((name) => `--workspace=packages/${name}`),
    ],
    { cwd: REPO, maxBuffer: 64 * 1024 * 1024 },
  );
  const packed = JSON.parse(stdout) as { name: string; filename: string }[];
  for (const { name, filename } of packed)
    renameSync(
      join(PACKS, filename),
      join(PACKS, `${name.replace('@stadtkit/', 'stadtkit-')}.tgz`),
    );
}

/** The files of a tarball, for content checks. */
export async function tarballFiles(name: string): Promise<string[]> {
  const { stdout } = await run('tar', ['tzf', join(PACKS, `stadtkit-${name}.tgz`)]);
  return stdout.split('\n').filter(Boolean);
}

/** One file of a tarball, as text. */
export async function tarballFile(name: string, file: string): Promise<string> {
  const { stdout } = await run(
    'tar',
    ['xzf', join(PACKS, `stadtkit-${name}.tgz`), '-O', `package/${file}`],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return stdout;
}

/**
 * `npm install` in an example from the tarballs and the registry (npm's cache makes repeats fast). Skipped
 * when the tarballs and the example's package.json are what the last install saw.
 */
export async function install(example: string): Promise<void> {
  const dir = join(EXAMPLES, example);
  const hash = createHash('sha256').update(readFileSync(join(dir, 'package.json')));
  for (const file of readdirSync(PACKS).sort()) hash.update(readFileSync(join(PACKS, file)));
  const stamp = join(dir, 'node_modules', '.stadtkit-install');
  const digest = hash.digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-package-lock',
      '--loglevel=error',
    ],
    { cwd: dir, maxBuffer: 64 * 1024 * 1024 },
  );
  writeFileSync(stamp, digest);
}

/** Runs an npm script or binary in an example; resolves with its output, rejects with it on failure. */
export async function exec(
  example: string,
  command: string,
  args: string[],
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd: join(EXAMPLES, example),
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** A strict policy: scripts and styles only from the page's origin, Trusted Types for the DOM sinks. */
export function strictCsp(trustedTypes = 'lit-html', styleSources = ''): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styleSources ? ` ${styleSources}` : ''}`,
    "img-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');
}

export interface Site {
  url: string;
  /** Requests the site answered, by path. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves a folder with a CSP header, plus what a city's server would: `/weather/current_weather` (the
 * recorded Bright Sky body with a current timestamp) and `/media/*` (the photos of @stadtkit/model).
 */
export async function serve(example: string, root: string, csp: string): Promise<Site> {
  const base = resolve(EXAMPLES, example, root);
  const modules = join(EXAMPLES, example, 'node_modules');
  const recording = JSON.parse(
    readFileSync(
      join(modules, '@stadtkit/weather-status/recordings/offenbach-current-weather.json'),
      'utf8',
    ),
  ) as { weather: { timestamp: string } };
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const headers = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff' };
    if (path === '/weather/current_weather') {
      const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString();
      const body = { ...recording, weather: { ...recording.weather, timestamp: now } };
      response.writeHead(200, { ...headers, 'content-type': TYPES['.json'] });
      response.end(JSON.stringify(body));
      return;
    }
    const file = path.startsWith('/media/')
      ? resolve(modules, '@stadtkit/model', `.${path}`)
      : path.startsWith('/node_modules/')
        ? resolve(modules, `.${path.slice('/node_modules'.length)}`)
        : resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (![base, modules].some((dir) => file.startsWith(dir + sep))) {
      response.writeHead(403, headers).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          ...headers,
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(path === '/favicon.ico' ? 204 : 404, headers).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

let browser: Browser | undefined;
export async function openBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  return browser;
}
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export interface Visit {
  /** Console errors, uncaught exceptions and failed requests. */
  errors: string[];
  /** CSP and Trusted Types violations. */
  violations: string[];
  /** How many copies of lit-html and LitElement the page loaded. */
  litCopies: { html: number; element: number };
  page: import('playwright').Page;
}

/** Opens a page and waits until every stadt-* element is defined and has rendered. */
export async function visit(url: string): Promise<Visit> {
  const context = await (await openBrowser()).newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (globalThis as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener('securitypolicyviolation', (event) =>
      list.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((e) =>
        e.localName.startsWith('stadt-'),
      );
      return (
        elements.length > 0 &&
        elements.every(
          (e) =>
            customElements.get(e.localName) &&
            (e as unknown as { hasUpdated?: boolean }).hasUpdated,
        )
      );
    },
    undefined,
    { timeout: 30_000 },
  );
  // Let data loads and follow-up renders settle.
  await page.waitForLoadState('networkidle');
  const { violations, litCopies } = await page.evaluate(() => {
    const g = globalThis as unknown as {
      __violations: string[];
      litHtmlVersions?: string[];
      litElementVersions?: string[];
    };
    return {
      violations: g.__violations,
      litCopies: {
        html: g.litHtmlVersions?.length ?? 0,
        element: g.litElementVersions?.length ?? 0,
      },
    };
  });
  return { errors, violations, litCopies, page };
}

export { REPO };
