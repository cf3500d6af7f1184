import { expect, test } from './fixtures';
import { closeSession } from './closeSession';
import { shootPanels, shootWide } from './screens';
import { COACH_PANE, COACHEE_PANE, frame, region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';

// Two sessions with the same pair, photographed on every surface at every
// width and theme (test-results/screens/), for people to look at.

const CHALLENGE = 'Hand-offs between dev and QA delay our releases by a week.';
const STEP = 'Pair with QA on the next two stories';
const SUMMARY = 'I will pair with QA on two stories and hand over on Wednesdays.';

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

test('every surface, photographed at every width and theme through two sessions', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1800, height: 1000 });
  await page.goto('/');
  const panels = () => ({
    coach: region(page, COACH_PANE).locator('iframe').first(),
    coachee: region(page, COACHEE_PANE).locator('iframe').first(),
  });
  const coach = frame(page, COACH_PANE);
  await expect(coach.getByRole('heading', { level: 2, name: 'Current stage: Open' })).toBeVisible();

  // Every stage as it begins (Close with its follow-up form still to fill in), then closed.
  await closeSession(page, {
    challenge: CHALLENGE,
    step: STEP,
    summary: SUMMARY,
    atStage: (stage) => shootPanels(page, `s1-${stage}`, panels()),
  });
  // The observer joins once the pair have their roles.
  await page.getByRole('switch', { name: 'Add observer' }).check();
  await expect(
    frame(page, 'Observer — Jordan')
      .getByText(/Observer/)
      .first(),
  ).toBeVisible();
  await shootPanels(page, 's1-closed', { ...panels(), observer: region(page, 'Observer — Jordan').locator('iframe').first() });

  await page.getByRole('button', { name: 'Open stage view' }).click();
  await expect(frame(page, 'Stage').getByRole('heading').first()).toBeVisible();
  await shootWide(page, 'stage', region(page, 'Stage').locator('iframe').first(), 1280);
  await page.getByRole('button', { name: 'Open notes tab' }).click();
  await expect(frame(page, 'Notes tab').getByRole('heading', { level: 1 }).first()).toBeVisible();
  await shootWide(page, 'notes', region(page, 'Notes tab').locator('iframe').first(), 1024);
  await page.getByRole('button', { name: 'Open My coaching' }).click();
  await expect(frame(page, 'My coaching').getByRole('heading', { level: 1 }).first()).toBeVisible();
  await shootWide(page, 'mycoaching', region(page, 'My coaching').locator('iframe').first(), 1024);

  // The second session opens on the review of last time's plan: once both panels are live (the
  // stepper paints from the device before that) and the coach's client has read its own copies.
  // The pair alone: an observer who joined before Sam would take the coachee's seat until the coach moved it.
  await page.getByRole('switch', { name: 'Add observer' }).uncheck();
  await page.getByRole('button', { name: 'New meeting' }).click();
  await expect(frame(page, COACH_PANE).getByRole('heading', { level: 2, name: 'Current stage: Open' })).toBeVisible();
  await expect(frame(page, COACH_PANE).getByText(STEP).first()).toBeVisible({ timeout: 20_000 });
  await shootPanels(page, 's2-open', panels());
});
