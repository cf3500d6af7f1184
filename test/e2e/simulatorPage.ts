import type { Page } from '@playwright/test';

// The simulator page as the browser tests reach it: its panes by name, the app inside each.

export const COACH_PANE = 'Coach — Alex';
export const COACHEE_PANE = 'Coachee — Sam';

export const region = (page: Page, name: string) => page.getByRole('region', { name });

/** The app page framed in a pane: its first frame (a participant's pane may also show their Outlook below). */
export const frame = (page: Page, name: string) => region(page, name).frameLocator('iframe').first();

/** Teams hides the side panel (the user switches away): the page becomes hidden, as the browser reports it. */
export async function hidePanel(page: Page, name: string): Promise<void> {
  const handle = await region(page, name).locator('iframe').elementHandle();
  const content = await handle?.contentFrame();
  if (!content) throw new Error(`no frame in ${name}`);
  await content.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}
