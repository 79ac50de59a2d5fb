import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The site's stylesheet: the city theme from @stadtkit/tokens (the single source of the --stadt-* values),
 * then the demo's own rules. Inlined into every page, served as /assets/site.css, written by the export.
 */
export async function loadSiteCss(demoRoot: string): Promise<string> {
  const [theme, site] = await Promise.all([
    readFile(require.resolve('@stadtkit/tokens/css/offenbach.css'), 'utf8'),
    readFile(join(demoRoot, 'public', 'site.css'), 'utf8'),
  ]);
  return `${theme}\n${site}`;
}
