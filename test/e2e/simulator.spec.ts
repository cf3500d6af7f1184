import { expect, test } from './fixtures';
import { seriousAxeViolations } from './axe';
import { answerTeamsCdn } from './teamsCdn';

// Smoke test: the simulator and both side panels start cleanly and the page
// passes axe. The full coaching walk-through lives in its own spec.

test('the simulator shows a side panel for the coach and the coachee', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    // A user who never saved a session has no sessions folder: Graph answers its listing 404,
    // which the app reads as "no sessions yet", and the browser logs as a failed load.
    const firstUse = /\/approot:\/sessions:\/children/.test(message.location().url) && message.text().includes('404');
    if (message.type() === 'error' && !firstUse) errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await answerTeamsCdn(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Stagecoach — local meeting simulator' })).toBeVisible();
  // The simulator names its meeting in its own address, so a reload rejoins it.
  await expect(page).toHaveURL(/[?&]meeting=sim-[0-9a-f]+/);

  for (const [name, person] of [
    ['Coach — Alex', 'Alex'],
    ['Coachee — Sam', 'Sam'],
  ]) {
    const pane = page.getByRole('region', { name });
    await expect(pane.locator('iframe')).toHaveAttribute('src', /^sidePanel\.html\?/);
    // Every panel starts in the first stage, Open.
    await expect(pane.frameLocator('iframe').getByText('Open', { exact: true }).first()).toBeVisible();
    // Beneath it, the person's calendar, read from the Graph sandbox across origins (CORS); empty
    // in a fresh sandbox.
    const calendar = pane.getByRole('region', { name: `${person}’s calendar` });
    await expect(calendar.getByText(/^No events yet$/)).toBeVisible();
    await expect(calendar.getByText(/Calendar unavailable/)).toHaveCount(0);
  }

  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
