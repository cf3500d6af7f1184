import { expect, test, type APIRequestContext, type Page } from './fixtures';
import { closeSession } from './closeSession';
import { region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';

// Issue 14, item 10: the follow-up invite's "Open the session notes" link opens
// the notes of that session. In the simulator the app links to the simulator's
// own notes tab on the meeting; the invite's body is read as Outlook would
// (the simulated calendar) and as Graph gives it (the sandbox).

const CHALLENGE = 'Hand-offs between dev and QA delay our releases.';
const STEP = 'Pair with QA on two stories';
const SUMMARY = 'I will pair with QA on two stories by next week.';

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

/** The http(s) links in the body of `userId`'s own copy of the follow-up, as Microsoft Graph (the sandbox) gives it. */
async function inviteLinksInGraph(request: APIRequestContext, userId: string): Promise<string[]> {
  const { baseUrl } = (await (await request.get('/graph-sandbox.json')).json()) as { baseUrl: string };
  const answer = await request.get(`${baseUrl}/me/events?$select=subject,body`, { headers: { authorization: `Bearer dev.${userId}` } });
  expect(answer.status()).toBe(200);
  const { value } = (await answer.json()) as { value: { subject: string; body: { contentType: string; content: string } }[] };
  const invite = value.find((e) => e.subject.endsWith(CHALLENGE));
  expect(invite?.body.contentType).toBe('html');
  // The body escapes the address for HTML; a mail client reads it back unescaped.
  return [...(invite?.body.content ?? '').matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** The notes tab pane and the notes of the session in it, as `viewer` sees them. */
async function expectNotesOfTheSession(page: Page, viewer: string) {
  const pane = region(page, 'Notes tab');
  await expect(pane.locator('iframe')).toHaveAttribute('title', `Notes tab, as ${viewer} sees it`);
  const notes = pane.frameLocator('iframe');
  await expect(notes.getByRole('region', { name: 'Challenge' })).toContainText(CHALLENGE);
  await expect(notes.getByRole('region', { name: 'Next steps' })).toContainText(STEP);
}

test('the link in the follow-up invite opens the notes of that session, in the simulator’s notes tab', async ({
  page,
  context,
  request,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  // The simulator names the meeting it started in its own address.
  await expect(page).toHaveURL(/[?&]meeting=sim-/);
  const meeting = new URL(page.url()).searchParams.get('meeting');
  await closeSession(page, { challenge: CHALLENGE, step: STEP, summary: SUMMARY });
  await expect(region(page, 'Notes tab')).toHaveCount(0);

  // The invite as Graph gives it to each of them links to the simulator's notes tab on this meeting.
  const [link, ...others] = await inviteLinksInGraph(request, 'sim-sam');
  expect(others).toEqual([]);
  const address = new URL(link!);
  expect(address.origin).toBe(new URL(page.url()).origin);
  expect(address.searchParams.get('meeting')).toBe(meeting);
  expect(await inviteLinksInGraph(request, 'sim-alex')).toEqual([link]);

  // Sam accepted in the side panel: Sam's calendar shows it, and its live region no longer says otherwise.
  const samCalendar = region(page, 'Sam’s calendar');
  const invite = samCalendar.getByRole('listitem').filter({ hasText: CHALLENGE });
  await expect(invite).toContainText('Accepted');
  await expect(samCalendar.locator('[aria-live="polite"]')).not.toContainText('Not responded');

  // Sam follows it from the invite on Sam's calendar: the notes tab opens in Sam's client, on that session.
  await invite.getByRole('link', { name: /session notes/ }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('meeting') === meeting);
  await expectNotesOfTheSession(page, 'Sam');
  // Followed once: a reload of the page does not open the tab again.
  expect(new URL(page.url()).searchParams.has('tab')).toBe(false);

  // Sam's step in Sam's To Do links back to the same notes.
  const task = region(page, 'Sam’s To Do').getByRole('listitem').filter({ hasText: STEP });
  expect(new URL((await task.getByRole('link').getAttribute('href'))!).searchParams.get('meeting')).toBe(meeting);

  // The same link from anywhere else (a new window, as from Outlook on the web): the notes of that session too.
  const elsewhere = await context.newPage();
  await answerTeamsCdn(elsewhere);
  await elsewhere.goto(link!);
  await expectNotesOfTheSession(elsewhere, 'Alex');
  expect(errors).toEqual([]);
});
