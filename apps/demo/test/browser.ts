import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright';
// @ts-expect-error: plain JavaScript module shared by the whole repository
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium() as string,
    args: CHROMIUM_ARGS as string[],
  });
}

let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/** Runs axe-core inside the page (through the debugging protocol, so the page's CSP does not block it). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: [
          'wcag2a',
          'wcag2aa',
          'wcag21a',
          'wcag21aa',
          'wcag22a',
          'wcag22aa',
          'best-practice',
        ],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}
