import { expect, test, type APIRequestContext } from './fixtures';
import { seriousAxeViolations } from './axe';
import { COACH_PANE, COACHEE_PANE, frame, hidePanel, region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';

// The coach's private notes: typed in the coach's side panel, kept on the
// coach's device and in the coach's own OneDrive copy only. The coachee's pane,
// the coachee's copy and the calendars never hold them.

const COACH = COACH_PANE;
const COACHEE = COACHEE_PANE;
const SECRET = 'Private: Sam sounds worn out, ask about workload gently.';
const LABEL = 'Private notes — only you see these';

/** Everything in a user's Stagecoach app folder and calendar, as Graph (the sandbox) returns it to them. */
async function graphBytes(request: APIRequestContext, userId: string): Promise<{ drive: string; calendar: string }> {
  const { baseUrl } = (await (await request.get('/graph-sandbox.json')).json()) as { baseUrl: string };
  const headers = { Authorization: `Bearer dev.${userId}` };
  const children = (await (await request.get(`${baseUrl}/me/drive/special/approot:/sessions:/children`, { headers })).json()) as {
    value?: { name: string }[];
  };
  let drive = '';
  for (const { name } of children.value ?? []) {
    const item = (await (
      await request.get(`${baseUrl}/me/drive/special/approot:/sessions/${encodeURIComponent(name)}`, { headers })
    ).json()) as Record<string, unknown>;
    drive += await (await request.get(String(item['@microsoft.graph.downloadUrl']))).text();
  }
  const calendar = await (await request.get(`${baseUrl}/me/events`, { headers })).text();
  return { drive, calendar };
}

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

test('the coach’s private notes stay with the coach: their own pane and OneDrive copy, never the coachee’s', async ({ page, request }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const coach = frame(page, COACH);
  const coachee = frame(page, COACHEE);
  await coachee.getByRole('textbox', { name: 'State the challenge or opportunity' }).fill('Hand-offs slow our releases.');
  await coachee.getByRole('button', { name: 'State challenge' }).click();
  await expect(coach.getByText('Hand-offs slow our releases.').first()).toBeVisible();

  // The coach writes; leaving the field keeps the notes on this device.
  const field = coach.getByRole('textbox', { name: LABEL });
  await field.click();
  await field.pressSequentially(SECRET);
  await field.press('Tab');
  await expect(coach.getByRole('status').filter({ hasText: 'Kept on this device and in your OneDrive copy' })).toBeVisible();
  await expect(coachee.getByRole('textbox', { name: LABEL })).toHaveCount(0);
  await expect(coachee.getByText('Private notes')).toHaveCount(0);
  await expect(coachee.locator('body')).not.toContainText(SECRET);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Each saves their own copy: the notes are in the coach's, not the coachee's.
  await hidePanel(page, COACH);
  await hidePanel(page, COACHEE);
  await expect(coach.getByRole('status').filter({ hasText: /^Saved to your OneDrive at / })).toBeVisible();
  await expect(coachee.getByRole('status').filter({ hasText: /^Saved to your OneDrive at / })).toBeVisible();
  const alex = await graphBytes(request, 'sim-alex');
  const sam = await graphBytes(request, 'sim-sam');
  expect(alex.drive).toContain(SECRET);
  expect(sam.drive).toContain('Hand-offs slow our releases.');
  expect(sam.drive).not.toContain(SECRET);
  expect(sam.drive).not.toContain('coachNotes');
  expect(alex.calendar + sam.calendar).not.toContain(SECRET);
  await expect(page.locator('body')).not.toContainText(SECRET);

  // A new device (nothing in this browser's storage): the coach's notes come back from the coach's own copy.
  const coachPage = await (await region(page, COACH).locator('iframe').elementHandle())?.contentFrame();
  expect(
    await coachPage?.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('stagecoach.privateNotes')).length),
  ).toBe(1);
  await coachPage?.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(frame(page, COACH).getByRole('textbox', { name: LABEL })).toHaveValue(SECRET);
  await expect(frame(page, COACHEE).getByRole('textbox', { name: LABEL })).toHaveCount(0);

  // After the meeting the coachee's notes tab, from their own copy, has none of it.
  await page.getByRole('button', { name: 'End meeting' }).click();
  await page.getByRole('button', { name: 'Open notes tab' }).click();
  const pane = region(page, 'Notes tab');
  const notes = frame(page, 'Notes tab');
  await pane.getByRole('radio', { name: COACHEE }).check();
  await expect(notes.getByText(/^From your OneDrive copy, saved /)).toBeVisible();
  await expect(notes.locator('body')).not.toContainText(SECRET);
  expect(errors).toEqual([]);
});
