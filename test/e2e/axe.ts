import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Serious and critical axe findings on the page and its frames, one line
 * each. Nothing is excused: the panels use the browser's own <dialog> and
 * <details> rather than Fluent's focus manager, whose hidden focusable
 * sentinels axe reports under aria-hidden-focus.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' » ')}`));
}
