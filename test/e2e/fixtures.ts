import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';
export type { APIRequestContext, FrameLocator, Locator, Page } from '@playwright/test';

/**
 * Playwright's `test`, with every test starting on an empty Graph sandbox
 * (serve.mjs replaces it): calendars, OneDrive copies and To Do lists that
 * an earlier test left would otherwise bring last time's plan into the next
 * test's meeting and make the order of the tests matter.
 */
export const test = base.extend<{ freshGraph: void }>({
  freshGraph: [
    async ({ request }, use) => {
      const answer = await request.post('/__test/fresh-graph-sandbox');
      if (answer.status() !== 204) throw new Error(`the test server did not replace the Graph sandbox (${answer.status()})`);
      await use();
    },
    { auto: true },
  ],
});
