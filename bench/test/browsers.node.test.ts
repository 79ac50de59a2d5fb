// The supported-browsers statement matches the shipped code: every file a visitor's browser runs uses only
// language features the claimed engines have (es-check over the built output, features included).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BROWSER_FILES, BROWSERSLIST, NODE_ONLY, SUPPORTED } from '../lib/browsers.mjs';

const root = join(import.meta.dirname, '../..');
const run = promisify(execFile);

function esCheck(query: string) {
  return run(
    process.execPath,
    [
      join(root, 'node_modules/es-check/lib/cli/index.js'),
      'checkBrowser',
      ...BROWSER_FILES,
      '--module',
      '--checkFeatures',
      `--browserslistQuery=${query}`,
      `--not=${NODE_ONLY.join(',')}`,
      '--noColor',
    ],
    { cwd: root },
  ).then(
    ({ stdout, stderr }) => ({ ok: true, output: stdout + stderr }),
    (error: { stdout: string; stderr: string }) => ({
      ok: false,
      output: error.stdout + error.stderr,
    }),
  );
}

describe('supported browsers', () => {
  it(`the shipped bundles use only what ${BROWSERSLIST} support`, async () => {
    const result = await esCheck(BROWSERSLIST);
    expect(result.output).toMatch(/checking \d{2,} files/);
    expect(result.ok, result.output).toBe(true);
  });

  it('the check can fail: older engines lack String.prototype.isWellFormed and class static blocks', async () => {
    const result = await esCheck('chrome >= 100, firefox >= 100, safari >= 15');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('StringIsWellFormed');
  });

  it('the README claims exactly these versions', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const claimed = (engine: string) =>
      new RegExp(`^\\| ${engine}\\s*\\| ([^|]*?)\\s*\\|`, 'm').exec(readme)?.[1];
    expect(claimed('Chromium / Edge')).toBe(String(SUPPORTED.chrome));
    expect(claimed('Firefox')).toBe(`ESR ${SUPPORTED.firefox}`);
    expect(claimed('Safari \\(WebKit\\)')).toBe(String(SUPPORTED.safari));
  });
});
