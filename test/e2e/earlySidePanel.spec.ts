import { english } from '../fixtures/words';
import { expect, test, type Page } from './fixtures';
import { seriousAxeViolations } from './axe';
import { COACHEE_PANE, COACH_PANE, frame, region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';

// The side panel is drawn, and tells Teams it is ready, before its Live Share
// has connected: the simulated Teams holds a pane's Live Share requests
// (`?holdLiveShare=`, or the pane's "Hold Live Share" checkbox) until released.

const holdCheckbox = (page: Page, pane: string) => region(page, pane).getByRole('checkbox', { name: /Hold Live Share/ });

/** The host's record of the frame's start-up, under the pane (the simulator's own line). */
const appStatus = (page: Page, pane: string) =>
  region(page, pane)
    .getByRole('status')
    .filter({ hasText: /^App: / });

async function stateChallenge(page: Page, pane: string, text: string): Promise<void> {
  const panel = frame(page, pane);
  await panel.getByRole('textbox', { name: 'State the challenge or opportunity' }).fill(text);
  await panel.getByRole('button', { name: 'State challenge' }).click();
}

test('a new meeting’s panels are drawn and ready before Live Share; the coachee’s waits for the organizer, who then coaches', async ({
  page,
}) => {
  await answerTeamsCdn(page);
  // The organizer's Live Share is held: not in the session yet, and this device has never seen the meeting.
  await page.goto('/?holdLiveShare=coach');
  const coach = frame(page, COACH_PANE);
  const coachee = frame(page, COACHEE_PANE);
  await expect(holdCheckbox(page, COACH_PANE)).toBeChecked();
  await expect(coach.getByRole('list', { name: 'Stages' })).toBeVisible();
  await expect(appStatus(page, COACH_PANE)).toContainText('ready');
  // Only the host names the organizer, and it has not yet: both roles are still to come.
  await expect(coach.locator('[data-role]')).toHaveAttribute('data-role', 'toCome');
  await expect(coachee.locator('[data-role]')).toHaveAttribute('data-role', 'toCome');
  await expect(coachee.getByRole('status', { name: 'Connection' })).toContainText('organizer');
  // The stage in Sam's client says whom it waits for too (the organizer's own stage is still connecting).
  await page.getByRole('button', { name: 'Open stage view' }).click();
  await region(page, 'Meeting stage').getByRole('radio', { name: 'Coachee — Sam' }).check();
  const stage = frame(page, 'Meeting stage');
  await expect(stage.getByRole('status')).toHaveText(english.t('stage.waitingForOrganizer'));
  // What it shows while it waits is the page: Teams would otherwise keep its spinner over it, then its error.
  await expect(appStatus(page, 'Meeting stage')).toContainText('ready');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await holdCheckbox(page, COACH_PANE).uncheck();
  // The session shows there once the organizer is in.
  const stageName = `${english.t('stage.progress.currentLabel')} ${english.t('common.stage.open')}`;
  await expect(stage.getByRole('heading', { level: 2, name: stageName })).toBeVisible();
  await expect(coach.locator('[data-role]')).toHaveAttribute('data-role', 'coach');
  await expect(coachee.locator('[data-role]')).toHaveAttribute('data-role', 'coachee');
  await expect(coachee.getByRole('status', { name: 'Connection' })).toHaveText('');
  const challenge = 'Hand-offs to QA wait a day.';
  await stateChallenge(page, COACH_PANE, challenge);
  await expect(coachee.getByText(challenge).first()).toBeVisible();
});

test('a reloaded panel whose Live Share is held shows the session from this device, and its change gets through on release', async ({
  page,
}) => {
  await answerTeamsCdn(page);
  await page.goto('/');
  const coach = frame(page, COACH_PANE);
  const coachee = frame(page, COACHEE_PANE);
  const challenge = 'Releases slip by a week.';
  await stateChallenge(page, COACHEE_PANE, challenge);
  await expect(coach.getByText(challenge).first()).toBeVisible();

  // Teams reloads the coach's panel over a slow Live Share: the device's copy is what it can show.
  await holdCheckbox(page, COACH_PANE).check();
  const handle = await region(page, COACH_PANE).locator('iframe').first().elementHandle();
  const content = await handle?.contentFrame();
  if (!content) throw new Error('no frame in the coach’s pane');
  await content.evaluate(() => window.location.reload());
  await expect(coach.getByText(challenge).first()).toBeVisible();
  await expect(appStatus(page, COACH_PANE)).toContainText('ready');

  // The coach moves on from the session as shown (its criteria are met there): queued, then sent once connected.
  await coach.getByRole('button', { name: 'Advance to Learn' }).click();
  await expect(coach.getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeVisible();
  await expect(coachee.getByRole('heading', { level: 2, name: 'Current stage: Open' })).toBeVisible();

  await holdCheckbox(page, COACH_PANE).uncheck();
  await expect(coachee.getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeVisible();
  await expect(coach.getByRole('alert')).toHaveCount(0);
});

test('a notes tab whose Live Share does not answer tells Teams it is ready while it still says it is connecting', async ({ page }) => {
  await answerTeamsCdn(page);
  // The page's clock, not the wall's: the wait is run through, not sat out.
  await page.clock.install();
  await page.goto('/?holdLiveShare=notes');
  await page.getByRole('button', { name: 'Open notes tab' }).click();
  const notes = frame(page, 'Notes tab');
  await expect(notes.getByText(english.t('notes.view.connecting'))).toBeVisible();
  // Teams would cover it with its spinner until told, and with its own error after 30 s.
  await expect(appStatus(page, 'Notes tab')).toContainText('loading');
  await page.clock.fastForward(20_000);
  await expect(appStatus(page, 'Notes tab')).toContainText('ready');
  await expect(notes.getByText(english.t('notes.view.connecting'))).toBeVisible();
});
