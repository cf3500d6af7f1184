import type { Page } from '@playwright/test';

/**
 * teams-js fetches Microsoft's list of host domains from a CDN as soon as it
 * loads. Offline that logs a network error in every frame; the list only ever
 * widens the https hosts it trusts and never concerns our same-origin
 * simulator, so tests answer it with a minimal list of the documented shape.
 */
export async function answerTeamsCdn(page: Page): Promise<void> {
  await page.route('https://res.cdn.office.net/teams-js/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ validOrigins: ['teams.microsoft.com'] }) }),
  );
}
