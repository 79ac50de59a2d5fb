import axe from 'axe-core';
import { axeRunOptions, formatViolations } from './axe-options.js';

export { formatViolations };

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
