import { expect, test, type APIRequestContext, type Page } from './fixtures';
import { region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';

// Issue 14, item 12: the simulator page never scrolls sideways, with every
// pane open (three side panels, the stage, the notes tab, My coaching, the
// meeting chat and an Outlook pane), in a laptop's window and a wide one: the panes wrap onto
// further rows.

const SUBJECT = 'Team sync';

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

/** A meeting on Alex's calendar with Sam invited, put there through Graph (the sandbox) as Alex's Outlook would. */
async function bookMeeting(request: APIRequestContext) {
  const { baseUrl } = (await (await request.get('/graph-sandbox.json')).json()) as { baseUrl: string };
  const start = new Date(Date.now() + 2 * 86_400_000);
  start.setUTCHours(9, 0, 0, 0);
  const at = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
  const answer = await request.post(`${baseUrl}/me/events`, {
    headers: { authorization: 'Bearer dev.sim-alex' },
    data: {
      subject: SUBJECT,
      start: at(start.getTime()),
      end: at(start.getTime() + 30 * 60_000),
      attendees: [{ type: 'required', emailAddress: { address: 'sam@contoso.example', name: 'Sam' } }],
    },
  });
  expect(answer.status()).toBe(201);
}

/** How far the page, and the panes' row, reach past the window sideways (0 when nothing does). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector('main')!;
    const panes = [...main.children].map((pane) => Math.ceil(pane.getBoundingClientRect().right) - root.clientWidth);
    return {
      page: root.scrollWidth - root.clientWidth,
      body: document.body.scrollWidth - document.body.clientWidth,
      panes: main.scrollWidth - main.clientWidth,
      furthestPane: Math.max(0, ...panes),
    };
  });

const NONE = { page: 0, body: 0, panes: 0, furthestPane: 0 };

for (const width of [1280, 1800]) {
  test(`at ${width} px with every pane open, the simulator page never scrolls sideways`, async ({ page, request }) => {
    await page.setViewportSize({ width, height: 900 });
    await bookMeeting(request);
    await page.goto('/');
    await page.getByRole('switch', { name: 'Add observer' }).check();
    await page.getByRole('button', { name: 'Open stage view' }).click();
    await page.getByRole('button', { name: 'Open notes tab' }).click();
    await page.getByRole('button', { name: 'Open My coaching' }).click();
    await page.getByRole('button', { name: 'Open meeting chat' }).click();
    await region(page, 'Alex’s calendar')
      .getByRole('button', { name: `Open ${SUBJECT} in Outlook` })
      .click();

    for (const pane of [
      'Coach — Alex',
      'Coachee — Sam',
      'Observer — Jordan',
      'Meeting stage',
      'Notes tab',
      'My coaching',
      'Meeting chat',
      `Outlook — ${SUBJECT}, as Alex`,
    ]) {
      await expect(region(page, pane), pane).toBeVisible();
    }
    await expect(region(page, 'Notes tab').getByRole('status')).toHaveText(/^App: ready/);
    expect(await sidewaysOverflow(page)).toEqual(NONE);

    // At the widest side panels too.
    await page.getByRole('radio', { name: '400 px' }).check();
    expect(await sidewaysOverflow(page)).toEqual(NONE);
  });
}
