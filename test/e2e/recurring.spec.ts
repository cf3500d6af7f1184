import { english } from '../fixtures/words';
import { seriousAxeViolations } from './axe';
import { closeSession } from './closeSession';
import { expect, test, type APIRequestContext } from './fixtures';
import { shootPanels, THEMES, usePanelWidth, useTheme } from './screens';
import { COACH_PANE, COACHEE_PANE, frame, region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';
import { layoutFaults } from './wordBreaks';

// Issue 18, item 1: a pair with a weekly 1:1 (the simulator's "New weekly
// 1:1") closes a session onto the next occurrence the coach's panel offers;
// the plan is in both calendars' copies of that occurrence only, the coachee
// accepts it there, the meeting chat shows the summary as a card, and the
// panels stay whole at 280 and 320 px, axe clean.

const CHALLENGE = 'Our weekly 1:1 keeps sliding into status talk.';
const STEP = 'Bring one real decision to the 1:1';
const SUMMARY = 'I will bring one decision to our next 1:1.';
/** The simulator's weekly series' subject (src/simulator/weeklySeries.ts). */
const SERIES_SUBJECT = 'Coaching 1:1';
const DAY = 86_400_000;

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

interface ViewEntry {
  subject: string;
  type: string;
  iCalUId: string;
  /** Absent on an occurrence whose series has no body. */
  body?: { contentType: string; content: string } | null;
  responseStatus: { response: string };
}

/** `userId`'s copies of the series over the coming three weeks, as Microsoft Graph (the sandbox) gives them. */
async function seriesInGraph(request: APIRequestContext, userId: string): Promise<ViewEntry[]> {
  const { baseUrl } = (await (await request.get('/graph-sandbox.json')).json()) as { baseUrl: string };
  const window = `startDateTime=${new Date(Date.now() - DAY).toISOString()}&endDateTime=${new Date(Date.now() + 21 * DAY).toISOString()}`;
  const answer = await request.get(`${baseUrl}/me/calendarView?${window}&$top=50&$select=subject,type,iCalUId,body,responseStatus`, {
    headers: { authorization: `Bearer dev.${userId}` },
  });
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { value: ViewEntry[] }).value.filter((e) => e.subject === SERIES_SUBJECT);
}

test('a pair with a weekly 1:1 closes a session onto its next occurrence, and both copies of it show the plan', async ({
  page,
  request,
}) => {
  // A whole session, and the offer checked at two widths and in three themes.
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.getByRole('button', { name: 'New weekly 1:1' }).click();
  await expect(page.getByText(/^Weekly 1:1 on Alex’s calendar with Sam/)).toBeVisible();
  const coach = frame(page, COACH_PANE);
  const coachee = frame(page, COACHEE_PANE);

  await closeSession(page, {
    challenge: CHALLENGE,
    step: STEP,
    // Due after next week's 1:1, so the follow-up belongs in it.
    stepInDays: 10,
    summary: SUMMARY,
    followUpOn: 'nextOccurrence',
    atStage: async (stage) => {
      if (stage !== 'close') return;
      const offer = coach.getByRole('group', { name: english.t('panel.followUp.series.label', { coachee: 'Sam' }) });
      await expect(offer.getByRole('button')).toBeEnabled();
      for (const width of [280, 320]) {
        await usePanelWidth(page, width);
        await expect(offer).toBeVisible();
        expect(await layoutFaults(coach)).toEqual([]);
      }
      for (const theme of THEMES) {
        await useTheme(page, theme);
        expect(await seriousAxeViolations(page)).toEqual([]);
      }
      await shootPanels(page, 'series-offer', { coach: region(page, COACH_PANE).locator('iframe').first() });
      // The summary goes with the plan: to the meeting chat, as a card.
      await coach.getByRole('checkbox', { name: english.t('panel.followUp.withSummary') }).check();
    },
  });

  // In Graph: the plan is in both copies of next week's occurrence only, which is an exception now; the coachee accepted it.
  const [alex, sam] = [await seriesInGraph(request, 'sim-alex'), await seriesInGraph(request, 'sim-sam')];
  for (const copies of [alex, sam]) {
    expect(copies.map((e) => e.type)).toEqual(['occurrence', 'exception', 'occurrence', 'occurrence']);
    expect(copies.map((e) => (e.body?.content ?? '').includes(STEP))).toEqual([false, true, false, false]);
    expect(copies[1]!.body?.content).toContain(CHALLENGE);
  }
  expect(sam[1]!.iCalUId).toBe(alex[1]!.iCalUId);
  expect(sam[1]!.responseStatus.response).toBe('accepted');

  // As each person's calendar shows it: one changed occurrence, with the link to the notes.
  for (const who of ['Alex', 'Sam']) {
    const changed = region(page, `${who}’s calendar`).getByRole('listitem').filter({ hasText: 'Recurring, changed' });
    await expect(changed).toHaveCount(1);
    await expect(changed.getByRole('link', { name: english.t('documents.plan.openNotes') })).toBeVisible();
  }
  await expect(coachee.getByRole('list', { name: english.t('panel.calendar.label') })).toContainText(
    english.t('panel.calendar.acceptedBy', { coachee: 'Sam', state: english.t('panel.calendar.yes') }),
  );
  await expect(coach.getByText(english.t('panel.followUp.summaryPosted'))).toBeVisible();

  // The meeting chat shows the summary as a card, drawn by the Adaptive Cards renderer, typed text as typed.
  await page.getByRole('button', { name: 'Open meeting chat' }).click();
  const card = region(page, 'Meeting chat').getByRole('article').getByRole('group', { name: 'Adaptive Card' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(CHALLENGE);
  await expect(card).toContainText(STEP);
  await expect(card).toContainText(SUMMARY);
  await expect(card.getByRole('link', { name: english.t('chat.card.openNotes') })).toBeVisible();

  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
