// Helpers for tests that drive the system Chromium from Node (the demo page, the built Storybook, benches).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
// @ts-expect-error: plain JavaScript module shared by the whole repository
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/chromium.mjs';
// @ts-expect-error: plain JavaScript module shared by the whole repository
import { serveStatic as serveStaticFolder } from '../../../scripts/static-server.mjs';
import { axeRunOptions, type ViolationLike } from './axe-options.js';

export {
  AXE_TAGS,
  axeRunOptions,
  formatViolations,
  FRAGMENT_DISABLED_RULES,
  type ViolationLike,
} from './axe-options.js';

const require = createRequire(import.meta.url);

/** Launches Debian's Chromium (installing it first when missing and allowed) with the closed-network flags. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium() as string,
    args: CHROMIUM_ARGS as string[],
  });
}

let axeSource: string | undefined;

export type AxeViolation = ViolationLike;

/**
 * Runs axe-core inside the page (evaluated through the debugging protocol, so the page's CSP does not block
 * it) on `selector` (default: the whole document, with the page-level rules).
 */
/**
 * Records Content-Security-Policy violations in every page of `context` from the first byte on; read them
 * with {@link cspViolations}.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

/** The CSP violations a page recorded (see {@link recordCspViolations}), as "directive blocked-URI". */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** axe-core's violations in a page or under a selector: the full WCAG 2.2 AA rule set, or only `rules`. */
export async function axeViolations(
  page: Page,
  selector?: string,
  rules?: readonly string[],
): Promise<AxeViolation[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const options = axeRunOptions(selector ? 'fragment' : 'page', rules);
  return page.evaluate(
    async ({ selector: scope, options: runOptions }) => {
      interface Result {
        violations: ViolationLike[];
      }
      const axe = (
        window as unknown as { axe: { run: (c: unknown, o: object) => Promise<Result> } }
      ).axe;
      const result = await axe.run(scope ?? document, runOptions);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    { selector, options },
  );
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder (a static Storybook, a bench page) on 127.0.0.1 and a free port; nothing outside it. With
 * `maxAge` (seconds) the browser may keep what it loaded (see scripts/static-server.mjs).
 */
export const serveStatic: (root: string, options?: { maxAge?: number }) => Promise<StaticServer> =
  serveStaticFolder;

/**
 * Runs in the page (hand it to `page.evaluate`): waits until every Stadtkit element, inside shadow roots too,
 * has finished updating, over three rounds and animation frames (elements that render elements). Self-contained,
 * so every driver can send it as source text.
 */
export async function settleStadtElements(): Promise<void> {
  const walk = (root: ParentNode): Element[] =>
    [...root.querySelectorAll('*')].flatMap((el) => [
      el,
      ...(el.shadowRoot ? walk(el.shadowRoot) : []),
    ]);
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(
      walk(document)
        .filter((el) => el.localName.startsWith('stadt-'))
        .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export {
  boundaryProblems,
  DISPLAY_MODES,
  displayModeProblems,
  focusStop,
  layoutProblems,
  tabSequence,
  TEXT_SPACING_CSS,
  type DisplayMode,
} from './a11y-checks.js';
