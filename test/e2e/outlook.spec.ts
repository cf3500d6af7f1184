import { expect, test } from './fixtures';
import { seriousAxeViolations } from './axe';
import { closeSession } from './closeSession';
import { COACH_PANE, COACHEE_PANE, frame, region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';

// Issue 8's walk: the plan lives on after the meeting. The coachee's next step
// is in their own To Do; the follow-up, opened in the simulated Outlook, shows
// the plan; ticking the step there shows it done in To Do, in My coaching and
// in the next session's review of last time's plan.

// Hostile, but a step a person could type: markup, a script tag, right-to-left text and emoji.
const STEP = '<b>Pair</b> with QA <script>alert(1)</script> — مراجعة 🚀';
const CHALLENGE = 'Hand-offs between dev and QA delay releases.';
const SUMMARY = 'I will pair with QA on two stories by next week.';

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

test('a newcomer closes a session, ticks the step in the follow-up in Outlook, and sees it done in To Do, in My coaching and next time', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
  await page.goto('/');
  await closeSession(page, { challenge: CHALLENGE, step: STEP, summary: SUMMARY });

  // Closure put Sam's step in Sam's own To Do, as text.
  const samTodo = region(page, 'Sam’s To Do');
  await expect(samTodo.getByRole('listitem').filter({ hasText: STEP })).toContainText('Not started');
  await expect(region(page, 'Alex’s To Do')).toContainText('No tasks in “Coaching” yet');

  // Sam opens the follow-up from Sam's calendar in the simulated Outlook: the task pane shows the plan.
  const subject = `Status update: ${CHALLENGE}`;
  await region(page, 'Sam’s calendar')
    .getByRole('button', { name: `Open ${subject} in Outlook` })
    .click();
  const outlook = region(page, `Outlook — ${subject}, as Sam`);
  await expect(outlook).toContainText('Attendee’s form');
  const pane = outlook.frameLocator('iframe');
  const agreed = pane.getByRole('region', { name: 'What we agreed' });
  await expect(agreed).toContainText(CHALLENGE);
  await expect(agreed).toContainText('Hand over on Wednesdays');
  await expect(pane.getByRole('region', { name: 'In Sam’s words' })).toContainText(SUMMARY);
  // The notes link the coach's panel recorded with the event: in the simulator, its notes tab on this meeting.
  await expect(pane.getByRole('link', { name: 'Open the session notes' })).toHaveAttribute('href', /\/\?meeting=sim-[0-9a-f]+&tab=notes$/);
  // The checkbox is named by the step; its checked state says whether it is done.
  const step = pane.getByRole('checkbox', { name: STEP, exact: true });
  await expect(step).not.toBeChecked();
  expect(await seriousAxeViolations(page), 'task pane').toEqual([]);

  // Ticked in Outlook: done in Sam's To Do.
  await step.check();
  await expect(step).toBeChecked();
  await expect(samTodo.getByRole('listitem').filter({ hasText: STEP })).toContainText('Completed');

  // Alex opens the same follow-up in the organizer's form: Sam's step as the session agreed it,
  // read-only; Alex's token never reads Sam's To Do, so Sam's tick reaches Alex next session.
  await region(page, 'Alex’s calendar')
    .getByRole('button', { name: `Open ${subject} in Outlook` })
    .click();
  const alexOutlook = region(page, `Outlook — ${subject}, as Alex`);
  await expect(alexOutlook).toContainText('Organizer’s form');
  const alexPane = alexOutlook.frameLocator('iframe');
  const samsSteps = alexPane.getByRole('region', { name: 'Next steps' }).getByRole('list', { name: 'Sam’s steps' });
  await expect(samsSteps).toContainText(STEP);
  await expect(samsSteps.getByRole('listitem')).toHaveAttribute('data-step-state', 'open');
  await expect(alexPane.getByRole('checkbox')).toHaveCount(0);
  await alexOutlook.getByRole('button', { name: 'Close' }).click();

  // My coaching, as Sam: no open step left; as Alex: Sam's plan as agreed, never read from Sam's To Do.
  await page.getByRole('button', { name: 'Open My coaching' }).click();
  const personal = region(page, 'My coaching (personal tab)');
  await personal.getByRole('radio', { name: COACHEE_PANE }).check();
  const mine = personal.frameLocator('iframe');
  const owed = mine.getByRole('region', { name: 'Your next steps' });
  await expect(owed.locator('[data-open-count]')).toHaveAttribute('data-open-count', '0');
  await expect(owed.getByRole('listitem')).toHaveCount(0);
  const followUps = mine.getByRole('region', { name: 'Next follow-up' });
  await expect(followUps).toContainText('Alex');
  expect(await seriousAxeViolations(page), 'My coaching').toEqual([]);

  // Open in Outlook from My coaching: teams-js asks Teams to open Sam's own copy of the invite,
  // which the simulator shows in Sam's Outlook, the step done there too (from Sam's To Do).
  await outlook.getByRole('button', { name: 'Close' }).click();
  await expect(outlook).toHaveCount(0);
  await followUps.getByRole('button', { name: /^Open in Outlook/ }).click();
  await expect(personal.getByRole('status').filter({ hasText: 'Teams opened' })).toHaveText(
    'Teams opened the follow-up in Sam’s Outlook, under their calendar.',
  );
  await expect(outlook.frameLocator('iframe').getByRole('checkbox', { name: STEP, exact: true })).toBeChecked();

  // The next meeting with the same pair: last time's step shows as ticked done, from Sam's To Do.
  await page.getByRole('button', { name: 'End meeting' }).click();
  await page.getByRole('button', { name: 'New meeting' }).click();
  for (const panel of [frame(page, COACH_PANE), frame(page, COACHEE_PANE)]) {
    const lastTime = panel.getByRole('region', { name: /^Last time/ });
    // Live on both panels, then read from the coach's own copies: more than the default wait on a loaded runner.
    await expect(lastTime).toContainText(CHALLENGE, { timeout: 20_000 });
    await expect(lastTime).toContainText(STEP);
    await expect(lastTime).toContainText('already ticked done (last time, or since in To Do)');
  }
  expect(await seriousAxeViolations(page), 'next session').toEqual([]);
  expect(errors).toEqual([]);
});
