import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

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

/**
 * Serious and critical axe findings inside one frame only (the personal tab,
 * the Outlook pane). Fluent's keyboard groups (tabster: the charts, the
 * Outlook pane's lists) put focus sentinels at their edges, which axe reports
 * under aria-hidden-focus; those alone are excused.
 */
export async function seriousAxeViolationsInFrame(page: Page, frameElement: Locator): Promise<string[]> {
  await frameElement.evaluate((el) => el.setAttribute('data-axe-target', 'yes'));
  try {
    const { violations } = await new AxeBuilder({ page }).include('iframe[data-axe-target="yes"]').analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes
          .filter((node) => !(v.id === 'aria-hidden-focus' && node.html.includes('data-tabster-dummy')))
          .map((node) => `${v.id}: ${v.help} at ${node.target.join(' » ')}`),
      );
  } finally {
    await frameElement.evaluate((el) => el.removeAttribute('data-axe-target'));
  }
}

/** The widest side panel: 280 and 320 px differ in layout (checked at each) but not in what axe reads. */
const PANEL_MAX_PX = 320;

/**
 * Of the widths a sweep holds a surface at, those axe checks: the narrowest,
 * and every one wider than a side panel. axe reads names, roles, states and
 * colours, which 280 and 320 px share; each axe pass costs about a second,
 * and CI has 15 minutes.
 */
export const axeWidths = (widths: readonly number[]): Set<number> =>
  new Set(widths.filter((width) => width > PANEL_MAX_PX || width === Math.min(...widths)));
