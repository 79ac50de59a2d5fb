import { expect } from 'vitest';

/**
 * Checks the README's `call; // result` lines in the first ```ts block under `### heading`: each call, run
 * with `helpers` in scope, must equal its result (a string, an object literal or a word such as `true`).
 */
export function expectReadmeClaims(
  readme: string,
  heading: string,
  helpers: Record<string, unknown>,
  count: number,
): void {
  const section = new RegExp(`### ${heading}[\\s\\S]*?\`\`\`ts\\n([\\s\\S]*?)\`\`\``);
  const block = section.exec(readme)?.[1] ?? '';
  const claims = [...block.matchAll(/^(.+?); \/\/ ('(?:[^'\\]|\\.)*'|\{[^}]*\}|\w+)/gm)];
  expect(claims).toHaveLength(count);
  for (const [, call, expected] of claims) {
    const run = new Function(...Object.keys(helpers), `return ${call};`) as (
      ...args: unknown[]
    ) => unknown;
    const value = new Function(`return (${expected});`)() as unknown;
    expect(run(...Object.values(helpers)), call).toEqual(value);
  }
}
