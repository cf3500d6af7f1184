import { expect, test } from './fixtures';
import { seriousAxeViolations } from './axe';
import { COACH_PANE, COACHEE_PANE, frame, hidePanel, region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';

// Each participant's own copy in their OneDrive (the Graph sandbox's drives):
// saved from the side panel, and read back by the notes tab once the meeting
// has ended and its Live Share container is gone.

const CHALLENGE = 'Hand-offs slow our releases.';
const CAUSE = 'Testing starts only after code freeze';
const COACH = COACH_PANE;
const COACHEE = COACHEE_PANE;

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

test('each participant’s own OneDrive copy brings the notes back after the meeting ends, as coach and as coachee', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');

  // A session with content: the coachee states the challenge, the coach moves on and adds a cause.
  const coach = frame(page, COACH);
  const coachee = frame(page, COACHEE);
  await coachee.getByRole('textbox', { name: 'State the challenge or opportunity' }).fill(CHALLENGE);
  await coachee.getByRole('button', { name: 'State challenge' }).click();
  await expect(coach.getByText(CHALLENGE).first()).toBeVisible();
  await coach.getByRole('button', { name: 'Advance to Learn' }).click();
  await coach.getByRole('textbox', { name: 'New cause' }).fill(CAUSE);
  await coach.getByRole('button', { name: 'Add cause' }).click();
  await expect(coachee.getByText(CAUSE).first()).toBeVisible();

  // Nothing is saved on a keystroke; hiding the panel saves at once, each with their own sign-in.
  await hidePanel(page, COACH);
  await hidePanel(page, COACHEE);
  await expect(coach.getByRole('status').filter({ hasText: /^Saved to your OneDrive at / })).toBeVisible();
  await expect(coachee.getByRole('status').filter({ hasText: /^Saved to your OneDrive at / })).toBeVisible();
  await expect(region(page, 'Alex’s sign-ins')).toContainText('Files.ReadWrite.AppFolder');
  await expect(region(page, 'Sam’s sign-ins')).toContainText('Files.ReadWrite.AppFolder');

  // The meeting ends: the side panels close and the live container is forgotten.
  await page.getByRole('button', { name: 'End meeting' }).click();
  await expect(region(page, COACH)).toHaveCount(0);
  await expect(region(page, COACHEE)).toHaveCount(0);

  await page.getByRole('button', { name: 'Open notes tab' }).click();
  const pane = region(page, 'Notes tab');
  const notes = frame(page, 'Notes tab');
  for (const viewer of [COACH, COACHEE]) {
    if (viewer === COACHEE) await pane.getByRole('radio', { name: COACHEE }).check();
    await expect(notes.getByText(/^From your OneDrive copy, saved /)).toBeVisible();
    await expect(notes.getByRole('region', { name: 'Challenge' })).toContainText(CHALLENGE);
    await expect(notes.getByRole('region', { name: 'Challenge' })).toContainText('Stated by Sam (coachee)');
    await expect(notes.getByRole('article', { name: 'Session notes' })).toContainText(CAUSE);
    await expect(pane.getByRole('status')).toHaveText('App: ready · theme: default');
    expect(await seriousAxeViolations(page), viewer).toEqual([]);
  }
  expect(errors).toEqual([]);
});

test('a new meeting with the same pair opens on last time’s plan, read from the coach’s own copy, and its notes tab lists the first meeting (coaching growth for the coach only)', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const coach = frame(page, COACH);
  const coachee = frame(page, COACHEE);
  const challenge = 'Status reports go out late.';
  const cause = 'The numbers come in on Friday';
  await coachee.getByRole('textbox', { name: 'State the challenge or opportunity' }).fill(challenge);
  await coachee.getByRole('button', { name: 'State challenge' }).click();
  await expect(coach.getByText(challenge).first()).toBeVisible();
  await coach.getByRole('button', { name: 'Advance to Learn' }).click();
  await coachee.getByRole('textbox', { name: 'New cause' }).fill(cause);
  await coachee.getByRole('button', { name: 'Add cause' }).click();
  await expect(coach.getByText(cause).first()).toBeVisible();
  await hidePanel(page, COACH);
  await expect(coach.getByRole('status').filter({ hasText: /^Saved to your OneDrive at / })).toBeVisible();

  await page.getByRole('button', { name: 'End meeting' }).click();
  await page.getByRole('button', { name: 'New meeting' }).click();

  // The next conversation: both see last time's challenge and cause, and review it together.
  for (const panel of [coach, coachee]) {
    const lastTime = panel.getByRole('region', { name: /^Last time/ });
    // Live on both panels, then read from the coach's own copies: more than the default wait on a loaded runner.
    await expect(lastTime).toContainText(challenge, { timeout: 20_000 });
    await expect(lastTime.getByRole('radiogroup', { name: new RegExp(cause) })).toBeVisible();
  }
  await coachee
    .getByRole('region', { name: /^Last time/ })
    .getByRole('radiogroup', { name: new RegExp(cause) })
    .getByRole('radio', { name: 'Turned out right' })
    .check();
  await expect(
    coach
      .getByRole('region', { name: /^Last time/ })
      .getByRole('radiogroup', { name: new RegExp(cause) })
      .getByRole('radio', { name: 'Turned out right' }),
  ).toBeChecked();
  await expect(coach.getByRole('heading', { name: 'Current stage: Open' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The notes tab of the second meeting: the first one is listed under the
  // same counterpart, expandable to its notes; the coachee's share of the
  // thinking is the coach's alone to see.
  const nextChallenge = 'Reports still go out late on holidays.';
  await coachee.getByRole('textbox', { name: 'State the challenge or opportunity' }).fill(nextChallenge);
  await coachee.getByRole('button', { name: 'State challenge' }).click();
  await expect(coach.getByText(nextChallenge).first()).toBeVisible();
  await page.getByRole('button', { name: 'Open notes tab' }).click();
  const pane = region(page, 'Notes tab');
  const notes = frame(page, 'Notes tab');
  const earlier = notes.getByRole('region', { name: 'Earlier sessions with Sam' });
  const first = earlier.getByRole('button', { name: new RegExp(challenge) });
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await first.click();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(earlier.getByRole('article', { name: /^Session notes of / })).toContainText(cause);
  const growth = notes.getByRole('region', { name: 'Coaching growth' });
  await expect(growth.getByRole('table', { name: 'How much came from Sam, session by session' })).toBeVisible();
  // The sandbox's drives outlive a test: the other test's meeting with Sam may be listed too.
  await expect(growth.getByRole('row').filter({ hasText: '(this session)' })).toContainText('1 of 1 (100%)');
  expect(await seriousAxeViolations(page), 'coach').toEqual([]);

  await pane.getByRole('radio', { name: COACHEE }).check();
  await expect(notes.getByRole('region', { name: 'Challenge' })).toContainText(nextChallenge);
  await expect(notes.getByRole('region', { name: 'Earlier sessions with Alex' })).toBeVisible();
  await expect(notes.getByRole('region', { name: 'Coaching growth' })).toHaveCount(0);
  await expect(notes.getByText(/How much came from/)).toHaveCount(0);
  expect(await seriousAxeViolations(page), 'coachee').toEqual([]);
  expect(errors).toEqual([]);
});

test('the notes tab in Teams on a phone, which offers no Live Share there, shows the user’s own copy during the meeting', async ({
  page,
}) => {
  await page.goto('/?phone=notes');
  const coach = frame(page, COACH);
  await coach.getByRole('textbox', { name: 'State the challenge or opportunity' }).fill(CHALLENGE);
  await coach.getByRole('button', { name: 'State challenge' }).click();
  await hidePanel(page, COACH);
  await expect(coach.getByRole('status').filter({ hasText: /^Saved to your OneDrive at / })).toBeVisible();

  // The meeting goes on; the coach opens its notes on the phone.
  await page.getByRole('button', { name: 'Open notes tab' }).click();
  const notes = frame(page, 'Notes tab');
  await expect(notes.getByText(/^From your OneDrive copy, saved /)).toBeVisible();
  await expect(notes.getByRole('region', { name: 'Challenge' })).toContainText(CHALLENGE);
  await expect(notes.locator('[data-failure]')).toHaveCount(0);
  await expect(region(page, 'Notes tab').getByRole('status')).toHaveText('App: ready · theme: default');
});
