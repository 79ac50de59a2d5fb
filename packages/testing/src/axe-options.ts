/** The rules every Stadtkit accessibility check runs: WCAG 2.0–2.2 A/AA plus axe-core's best practices. */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
] as const;

/** Page-level rules, off when the thing under test is a fragment (a story, a component), on for whole pages. */
export const FRAGMENT_DISABLED_RULES = [
  'region',
  'landmark-one-main',
  'page-has-heading-one',
] as const;

/**
 * axe.run options for a fragment or for a whole page: every rule of AXE_TAGS, or only the named rules (a check
 * that repeats one aspect, such as colour contrast in another theme, after the full run).
 */
export function axeRunOptions(
  scope: 'fragment' | 'page',
  only?: readonly string[],
): {
  runOnly: { type: 'tag' | 'rule'; values: string[] };
  rules: Record<string, { enabled: boolean }>;
} {
  const disabled = scope === 'fragment' ? FRAGMENT_DISABLED_RULES : [];
  return {
    runOnly: only
      ? {
          type: 'rule',
          values: only.filter((rule) => !(disabled as readonly string[]).includes(rule)),
        }
      : { type: 'tag', values: [...AXE_TAGS] },
    rules: Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }])),
  };
}

/** What a violation report needs: axe-core's own results in the page, or their copy handed to Node. */
export interface ViolationLike {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** Formats axe violations so a failing test says what is wrong and where. */
export function formatViolations(violations: readonly ViolationLike[]): string {
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
