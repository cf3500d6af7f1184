import { expect, test, type FrameLocator, type Page } from './fixtures';
import { seriousAxeViolations } from './axe';

// A whole coaching conversation as two new users would hold it in the
// simulator: Open → Learn → Plan → back to Learn (with a reason) → Plan →
// Close, each person in their own pane, the coachee writing their own summary.

const pane = (page: Page, name: string): FrameLocator => page.getByRole('region', { name }).frameLocator('iframe');

/** A local date `days` from now, as a date input takes it. */
function localDate(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const PRIVATE = 'Alex only: Sam seems wary of QA; ask how the last hand-off went.';
/** The coach's own-copy token: once, or more when two reads asked at the same moment (MSAL had none cached yet). */
const APP_FOLDER = (person: string) => new RegExp(`^Teams gave ${person} a token for Files\\.ReadWrite\\.AppFolder( \\(\\d+ times\\))?$`);

async function expectStage(panel: FrameLocator, stage: string) {
  await expect(panel.getByRole('heading', { level: 2, name: `Current stage: ${stage}` })).toBeVisible();
}

test('coach and coachee walk a session from Open to Close, looping back once', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const coach = pane(page, 'Coach — Alex');
  const coachee = pane(page, 'Coachee — Sam');
  await expect(coach.getByText('You are Alex · Coach')).toBeVisible();
  await expect(coachee.getByText('You are Sam · Coachee')).toBeVisible();
  // Sign-in waits until Graph is first needed: the coachee has no token yet; the coach's
  // panel reads the coach's own copies at once (last time's plan, private notes kept there).
  const signIns = (person: string) => page.getByRole('region', { name: `${person}’s sign-ins` });
  await expect(signIns('Alex').getByRole('listitem')).toHaveText([APP_FOLDER('Alex')]);
  await expect(signIns('Sam')).toContainText('None yet');

  // The coach's private notes: in the coach's panel only.
  const privateNotes = coach.getByRole('textbox', { name: 'Private notes — only you see these' });
  await privateNotes.fill(PRIVATE);
  await privateNotes.press('Tab');
  await expect(coach.getByRole('status').filter({ hasText: 'Kept on this device and in your OneDrive copy' })).toBeVisible();
  await expect(coachee.getByRole('textbox', { name: /Private notes/ })).toHaveCount(0);

  // Open: the coachee names the challenge; the coach sees it and moves on.
  await coachee.getByRole('textbox', { name: 'State the challenge or opportunity' }).fill('Our releases keep slipping by a week.');
  await coachee.getByRole('button', { name: 'State challenge' }).click();
  await expect(coach.getByText('Our releases keep slipping by a week.').first()).toBeVisible();
  await coach.getByRole('button', { name: 'Advance to Learn' }).click();
  await expectStage(coach, 'Learn');
  await expectStage(coachee, 'Learn');

  // Learn: a shared definition, a cause, and the coachee's own options.
  await coach.getByRole('button', { name: 'Agree to this definition' }).click();
  await coachee.getByRole('textbox', { name: 'New cause' }).fill('Testing starts only after code freeze');
  await coachee.getByRole('button', { name: 'Add cause' }).click();
  for (const option of ['Test each story as it is done', 'Move the freeze a week earlier']) {
    await coachee.getByRole('textbox', { name: 'New option' }).fill(option);
    await coachee.getByRole('button', { name: 'Add option' }).click();
  }
  await expect(coach.getByText('Test each story as it is done')).toBeVisible();
  await expect(coach.getByText(/proposed by Sam/).first()).toBeVisible();
  await coach.getByRole('button', { name: 'Advance to Plan' }).click();
  await expectStage(coachee, 'Plan');

  // Plan: the coachee chooses an option and dates a next step.
  await coachee
    .getByRole('radiogroup', { name: 'Option to carry out' })
    .getByRole('radio', { name: /Test each story/ })
    .check();
  await coachee.getByRole('textbox', { name: 'Next step' }).fill('Pair with QA on the next two stories');
  await coachee.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Sam (coachee)' });
  await coachee.getByLabel('Due date').fill(localDate(7));
  await coachee.getByRole('button', { name: 'Add next step' }).click();
  await expect(coach.getByRole('checkbox', { name: 'Pair with QA on the next two stories' })).toBeVisible();

  // Back to Learn: the challenge needs redefining. Going back is normal, and recorded.
  await coachee.getByRole('button', { name: 'Go back…' }).click();
  const dialog = coachee.getByRole('dialog', { name: 'Go back to an earlier stage' });
  await expect(dialog.getByRole('radio', { name: 'Learn' })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Reason (optional)' }).fill('It is the hand-off, not the testing');
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expectStage(coach, 'Learn');
  await expect(coach.getByRole('list', { name: 'Path taken' })).toHaveText('Open → Learn → Plan → Learn');

  // Learn again: the coachee restates the challenge, the coach agrees to the new definition.
  await coachee.getByRole('textbox', { name: 'Restate the challenge' }).fill('Hand-offs between dev and QA delay our releases.');
  await coachee.getByRole('button', { name: 'Restate challenge' }).click();
  await expect(coach.getByRole('list', { name: 'Earlier versions of the challenge' })).toContainText('Our releases keep slipping');
  await coach.getByRole('button', { name: 'Agree to this definition' }).click();
  await coach.getByRole('button', { name: 'Advance to Plan' }).click();
  await expectStage(coachee, 'Plan');

  // Plan → Close: the coach records confidence on the way.
  await coach.getByRole('button', { name: 'Advance to Close' }).click();
  const confidence = coach.getByRole('dialog', { name: 'Before Close: your confidence' });
  await confidence.getByRole('radio', { name: '4' }).check();
  await confidence.getByRole('button', { name: 'Record confidence' }).click();
  await coach.getByRole('dialog').getByRole('button', { name: 'Continue to Close' }).click();
  await expectStage(coach, 'Close');
  await expectStage(coachee, 'Close');

  // Close: the summary is the coachee's own; the coach affirms.
  await expect(coach.getByRole('textbox', { name: 'What you will do, and by when' })).toHaveCount(0);
  await coachee.getByRole('textbox', { name: 'What you will do, and by when' }).fill('I will pair with QA on two stories by next Friday.');
  await coachee.getByRole('button', { name: 'Save summary' }).click();
  await expect(coach.getByRole('heading', { name: 'Sam’s summary' })).toBeVisible();
  await expect(coach.getByText('I will pair with QA on two stories by next Friday.')).toBeVisible();
  await coach.locator('summary', { hasText: 'Suggested wording' }).click();
  await coach
    .getByRole('group', { name: /Suggested wording/ })
    .getByRole('button')
    .first()
    .click();
  await coach.getByRole('button', { name: 'Give affirmation' }).click();

  const closeCriteria = coachee.getByRole('list', { name: 'Criteria for Close' });
  await expect(closeCriteria.getByRole('listitem').filter({ hasText: /summary/i })).toContainText('(met)');
  await expect(closeCriteria.getByRole('listitem').filter({ hasText: /affirm/i })).toContainText('(met)');
  await expect(closeCriteria.getByRole('listitem').filter({ hasText: /calendar/i })).toContainText('(missing)');

  // The follow-up through Microsoft Graph (the strict local sandbox, real graph-client):
  // a time both are free, on the coach's calendar, the invite accepted on the coachee's.
  const followUp = coach.getByRole('region', { name: 'Follow-up' });
  await followUp.getByRole('button', { name: 'Find times you are both free' }).click();
  await followUp.getByRole('radiogroup', { name: 'Free times for both of you' }).getByRole('radio').first().check();
  await followUp.getByRole('checkbox', { name: 'Also post the session summary to the meeting chat' }).check();
  await followUp.getByRole('button', { name: 'Put it on both calendars' }).click();
  await expect(coachee.getByRole('list', { name: 'Calendar status' })).toContainText('On Alex’s calendar: yes');
  await expect(followUp.getByRole('status')).toHaveText('The summary is in the meeting chat.');

  const subject = 'Status update: Hand-offs between dev and QA delay our releases.';
  const onCalendar = (person: string) =>
    page
      .getByRole('region', { name: `${person}’s calendar` })
      .getByRole('listitem')
      .filter({ hasText: subject });
  await expect(onCalendar('Alex')).toContainText('Organizer');
  await expect(onCalendar('Sam')).toContainText('Not responded');
  await coachee.getByRole('button', { name: 'Accept on my calendar' }).click();
  await expect(onCalendar('Sam')).toContainText('Accepted');
  await expect(coach.getByRole('list', { name: 'Calendar status' })).toContainText('Accepted by Sam: yes');
  await expect(closeCriteria.getByRole('listitem').filter({ hasText: /calendar/i })).toContainText('(met)');

  // The Close criteria all hold: each panel saves its own copy to its user's OneDrive at once.
  await expect(coach.getByRole('status').filter({ hasText: /^Saved to your OneDrive at / })).toBeVisible();
  await expect(coachee.getByRole('status').filter({ hasText: /^Saved to your OneDrive at / })).toBeVisible();

  // The private notes went nowhere but the coach's pane: not the coachee's, not the calendars.
  await expect(coachee.locator('body')).not.toContainText(PRIVATE);
  await expect(page.locator('body')).not.toContainText(PRIVATE);
  await expect(privateNotes).toHaveValue(PRIVATE);

  // Every token came from the app's MSAL asking the simulated Teams over nested app
  // authentication, each person from their own pane, once per set of scopes (MSAL's cache);
  // the coach's archive first (read on opening), then the coach's own calendar view as the
  // follow-up step opens (is there a recurring 1:1 to use?), then the free-time finder.
  await expect(signIns('Alex').getByRole('listitem')).toHaveText([
    APP_FOLDER('Alex'),
    'Teams gave Alex a token for Calendars.ReadBasic',
    'Teams gave Alex a token for Calendars.Read.Shared',
    'Teams gave Alex a token for Calendars.ReadWrite and ChatMessage.Send',
  ]);
  // Sam's next step went to Sam's own To Do at closure, with Sam's own token.
  await expect(coachee.getByRole('status', { name: 'Your next steps in To Do' })).toHaveText(
    'Your next step is in your Microsoft To Do, list “Coaching”.',
  );
  await expect(page.getByRole('region', { name: 'Sam’s To Do' })).toContainText('Pair with QA on the next two stories');
  // Sam's own copy is saved the moment the invite is recorded (so Sam's Outlook finds the plan
  // before accepting), then the step goes to To Do, then Sam accepts on Sam's own calendar.
  await expect(signIns('Sam').getByRole('listitem')).toHaveText([
    'Teams gave Sam a token for Files.ReadWrite.AppFolder',
    'Teams gave Sam a token for Tasks.ReadWrite',
    'Teams gave Sam a token for Calendars.ReadWrite',
  ]);

  await page.bringToFront();
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
