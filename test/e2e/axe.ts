import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Fluent's focus manager (tabster) adds `<i data-tabster-dummy tabindex=0
 * aria-hidden>` sentinels that only pass focus on. axe flags them under
 * aria-hidden-focus; tabster and Accessibility Insights treat that as a false
 * positive (microsoft/tabster#288, accessibility-insights-web#7605), and so
 * do we — for those nodes only.
 */
const isTabsterDummy = (ruleId: string, html: string) =>
  ruleId === 'aria-hidden-focus' && html.includes('data-tabster-dummy');

/** Serious and critical axe findings on the page and its frames, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .filter((node) => !isTabsterDummy(v.id, node.html))
        .map((node) => `${v.id}: ${v.help} at ${node.target.join(' » ')}`),
    );
}
