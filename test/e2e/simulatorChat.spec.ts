import { mkdirSync } from 'node:fs';
import { seriousAxeViolations } from './axe';
import { expect, test, type APIRequestContext, type Page } from './fixtures';
import { THEMES, useTheme } from './screens';
import { region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';

// Issue 18, item 3: the simulator shows the meeting's chat as each
// participant reads it from the Graph sandbox: an Adaptive Card drawn by the
// real renderer, hostile HTML as text, axe clean in every theme; and a weekly
// series made with a new meeting shows its occurrences in both calendars.

const SHOTS = '/tmp/chat-shots';
const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
const NOTES_URL = 'https://stagecoach.example/notes?session=e2e';
/** The simulator's weekly series' subject (src/simulator/weeklySeries.ts). */
const SERIES_SUBJECT = 'Coaching 1:1';

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

const sandboxBase = async (request: APIRequestContext) =>
  ((await (await request.get('/graph-sandbox.json')).json()) as { baseUrl: string }).baseUrl;

/** The meeting the simulator page is in, from its address. */
const meetingIdOf = (page: Page) => new URL(page.url()).searchParams.get('meeting')!;

/** Posts a chat message to the meeting's chat through Graph (the sandbox), as `userId`. */
async function postToChat(request: APIRequestContext, page: Page, userId: string, message: object) {
  const chat = encodeURIComponent(`19:meeting_${meetingIdOf(page)}@thread.v2`);
  const answer = await request.post(`${await sandboxBase(request)}/chats/${chat}/messages`, {
    headers: { authorization: `Bearer dev.${userId}` },
    data: message,
  });
  expect(answer.status()).toBe(201);
}

/** A card in the shape the app posts: a heading, facts, a list, and an action to the notes. */
const CARD = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Session summary', style: 'heading', size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: '<b>Say no</b> to **extra** projects ${challenge}', wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: 'Option', value: 'Offer a trade-off' },
        { title: 'Follow-up', value: 'Tue 9 Dec, 10:00' },
      ],
    },
  ],
  actions: [{ type: 'Action.OpenUrl', title: 'Open the notes', url: NOTES_URL }],
};

const HOSTILE = '<p>Hi <img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>&lt;b&gt;literal&lt;/b&gt;</p>';

async function openChatWithMessages(page: Page, request: APIRequestContext) {
  // Without Stagecoach added: the chat is Teams', whatever apps the meeting has.
  await page.goto('/?setup');
  // The page names its meeting in its address once it starts.
  await page.waitForURL(/[?&]meeting=/);
  await postToChat(request, page, 'sim-alex', {
    body: { contentType: 'html', content: '<attachment id="summary"></attachment>' },
    attachments: [{ id: 'summary', contentType: CARD_TYPE, content: JSON.stringify(CARD) }],
  });
  await postToChat(request, page, 'sim-sam', { body: { contentType: 'html', content: HOSTILE } });
  await page.getByRole('button', { name: 'Open meeting chat' }).click();
  const chat = region(page, 'Meeting chat');
  await expect(chat.getByRole('article')).toHaveCount(2);
  return chat;
}

test('a card posted to the meeting chat shows drawn by the renderer; hostile HTML shows as text', async ({ page, request, context }) => {
  const chat = await openChatWithMessages(page, request);
  const [card, hostile] = [chat.getByRole('article').nth(0), chat.getByRole('article').nth(1)];

  // The card: a group with the card's heading, its facts and its action, every text as text.
  const group = card.getByRole('group', { name: 'Adaptive Card' });
  await expect(group.getByRole('heading', { name: 'Session summary' })).toBeVisible();
  await expect(group.getByText('<b>Say no</b> to **extra** projects ${challenge}', { exact: true })).toBeVisible();
  await expect(group.getByText('Offer a trade-off')).toBeVisible();
  await expect(group.locator('b, strong, img, script')).toHaveCount(0);

  // Its OpenUrl action opens the notes in a new window.
  await context.route(NOTES_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>notes</title>' }));
  const [opened] = await Promise.all([context.waitForEvent('page'), group.getByRole('link', { name: 'Open the notes' }).click()]);
  expect(opened.url()).toBe(NOTES_URL);
  await opened.close();

  // The hostile message: its markup is text, nothing of it runs.
  await expect(hostile.getByText('Hi <b>literal</b>', { exact: true })).toBeVisible();
  await expect(hostile.locator('img, script, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // Sam reads the same chat, their own message marked as theirs.
  await chat.getByRole('radio', { name: 'Coachee — Sam' }).check();
  await expect(chat.getByRole('article')).toHaveCount(2);
  await expect(chat.getByRole('article').nth(0).getByRole('group', { name: 'Adaptive Card' })).toBeVisible();
});

test('the chat view is axe clean in every theme, and fits a narrow and a wide window', async ({ page, request }) => {
  mkdirSync(SHOTS, { recursive: true });
  const chat = await openChatWithMessages(page, request);
  for (const theme of THEMES) {
    const name = theme.name;
    await useTheme(page, theme);
    expect(await seriousAxeViolations(page), theme.label).toEqual([]);
    for (const [width, label] of [
      [400, 'narrow'],
      [1280, 'wide'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${theme.label} at ${width} px`).toBe(0);
      await chat.screenshot({ path: `${SHOTS}/chat-${label}-${name}.png` });
    }
  }
});

test('a new weekly 1:1 shows its occurrences, marked, in both participants’ calendars', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New weekly 1:1' }).click();
  await expect(page.getByRole('button', { name: 'New weekly 1:1' })).toBeEnabled();
  for (const who of ['Alex', 'Sam']) {
    const weekly = region(page, `${who}’s calendar`).getByRole('listitem').filter({ hasText: SERIES_SUBJECT });
    // This meeting and the next seven weeks' (the calendars read 8 weeks ahead), each an occurrence.
    await expect(weekly).toHaveCount(8);
    await expect(weekly.filter({ hasText: 'Recurring' })).toHaveCount(8);
  }
});
