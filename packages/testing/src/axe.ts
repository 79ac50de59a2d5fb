import axe from 'axe-core';
import { axeRunOptions } from './axe-options.js';

/** Formats axe violations so a failing test says what is wrong and where. */
export function formatViolations(violations: axe.Result[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
        v.nodes
          .map((n) => `  at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A/AA rules plus best practices) on `context` inside the real page and
 * returns the violations. Shadow roots are included: axe walks open shadow DOM.
 */
export async function runAxe(context: axe.ElementContext = document): Promise<axe.Result[]> {
  const results = await axe.run(context, axeRunOptions('fragment'));
  return results.violations;
}

/** Throws with a readable list when axe finds any violation. */
export async function expectNoAxeViolations(context: axe.ElementContext = document): Promise<void> {
  const violations = await runAxe(context);
  if (violations.length > 0) {
    throw new Error(
      `axe-core found ${violations.length} violation(s):\n${formatViolations(violations)}`,
    );
  }
}
