import axe from 'axe-core';

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
  const results = await axe.run(context, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'],
    },
    // A fragment under test is not a whole page: page-level rules are checked in the demo's page tests.
    rules: {
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
    },
  });
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
