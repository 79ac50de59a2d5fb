// Size budgets in `npm test`: every Stadtkit bundle as a consumer builds it, against its ceiling.
import { describe, expect, it } from 'vitest';
import { CEILINGS } from '../lib/budgets.mjs';
import { measure, measureAll } from '../lib/size.mjs';

describe('bundle sizes (min+gzip)', () => {
  it('stay under their ceilings, and the ceilings never more than 3 % above the measurement', async () => {
    const rows = await measureAll({ names: Object.keys(CEILINGS), brotli: false });
    for (const [name, ceiling] of Object.entries(CEILINGS)) {
      const row = rows.find((r) => r.name === name);
      expect(row, name).toBeDefined();
      expect(row?.gzip, `${name}: ${row?.gzip} B gzip > ceiling ${ceiling} B`).toBeLessThanOrEqual(
        ceiling,
      );
      // A ceiling far above the real size would be a check that cannot fail.
      expect(ceiling, `${name}: lower the ceiling to about ${row?.gzip}`).toBeLessThanOrEqual(
        Math.ceil((row?.gzip ?? 0) * 1.03),
      );
    }
  });

  it('measures a real bundle: lit alone is several kilobytes, an empty module is nothing', async () => {
    const lit = await measure(`export { LitElement, html } from 'lit';`);
    expect(lit.gzip).toBeGreaterThan(4_000);
    const empty = await measure('export const x = 1;');
    expect(empty.gzip).toBeLessThan(60);
  });
});
