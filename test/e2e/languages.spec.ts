import type { APIRequestContext, FrameLocator } from '@playwright/test';
import { english, wordsFor } from '../fixtures/words';
import { seriousAxeViolations } from './axe';
import { closeSession } from './closeSession';
import { expect, test } from './fixtures';
import { THEMES, useTheme } from './screens';
import { COACH_PANE, COACHEE_PANE, frame } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';
import { textFitFaults } from './textFit';
import { layoutFaults } from './wordBreaks';

// Issue 16: Stagecoach speaks the user's language. The simulator gives every
// attendee the locale in its address (Teams' app.locale and {locale}); each
// test walks a whole session through the controls as they are named in that
// language, so nothing here depends on English copy.

const CHALLENGE = 'Hand-offs between dev and QA delay our releases by a week.';
const STEP = 'Pair with QA on the next two stories';
const SUMMARY = 'I will pair with QA on two stories and hand over on Wednesdays.';

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

/** The page's own language and direction, as the app set them on its <html>. */
const languageOf = (panel: FrameLocator) =>
  panel.locator('html').evaluate((html) => ({
    lang: html.getAttribute('lang'),
    dir: html.getAttribute('dir'),
    provider: html.querySelector('[data-theme]')?.getAttribute('dir'),
  }));

/** The follow-up as it is on `userId`'s own calendar (the Graph sandbox). */
async function inviteOf(request: APIRequestContext, userId: string) {
  const { baseUrl } = (await (await request.get('/graph-sandbox.json')).json()) as { baseUrl: string };
  const answer = await request.get(`${baseUrl}/me/events?$select=subject,body`, { headers: { authorization: `Bearer dev.${userId}` } });
  expect(answer.status()).toBe(200);
  const { value } = (await answer.json()) as { value: { subject: string; body: { content: string } }[] };
  const invite = value.find((e) => e.subject.endsWith(CHALLENGE));
  expect(invite).toBeDefined();
  return invite!;
}

test('a German meeting: the panels, the session and the invite speak German', async ({ page, request }) => {
  const de = wordsFor('de-DE');
  await page.goto('/?locale=de-DE');
  const coach = frame(page, COACH_PANE);
  await expect(
    coach.getByRole('heading', { level: 2, name: de.t('panel.workspace.currentStage', { stage: de.t('common.stage.open') }) }),
  ).toBeVisible();
  expect(await languageOf(coach)).toEqual({ lang: 'de-DE', dir: 'ltr', provider: 'ltr' });

  await closeSession(page, { challenge: CHALLENGE, step: STEP, summary: SUMMARY, words: de });

  // The coach's panel wrote the invite: in the coach's language, its time naming the zone.
  const invite = await inviteOf(request, 'sim-alex');
  expect(invite.subject).toBe(de.t('documents.invite.subject', { kind: de.t('common.followUpKind.statusUpdate'), challenge: CHALLENGE }));
  expect(invite.body.content).toContain(de.t('documents.plan.nextSteps'));
  expect(invite.body.content).not.toContain(english.t('documents.plan.nextSteps'));
});

test('an Arabic meeting: right to left, the stages read from the right, axe clean in every theme', async ({ page }) => {
  test.setTimeout(120_000);
  const ar = wordsFor('ar-SA');
  await page.goto('/?locale=ar-SA');
  const coach = frame(page, COACH_PANE);
  const stages = coach
    .getByRole('navigation', { name: ar.t('panel.stepper.label') })
    .getByRole('list', { name: ar.t('panel.stepper.stages') });
  await expect(
    coach.getByRole('heading', { level: 2, name: ar.t('panel.workspace.currentStage', { stage: ar.t('common.stage.open') }) }),
  ).toBeVisible();
  expect(await languageOf(coach)).toEqual({ lang: 'ar-SA', dir: 'rtl', provider: 'rtl' });

  // Mirrored: Open is the rightmost stage, Close the leftmost.
  const items = stages.getByRole('listitem');
  const first = (await items.first().boundingBox())!;
  const last = (await items.last().boundingBox())!;
  expect(first.x).toBeGreaterThan(last.x);

  await closeSession(page, { challenge: CHALLENGE, step: STEP, summary: SUMMARY, words: ar });
  for (const theme of THEMES) {
    await useTheme(page, theme);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }
});

test('pseudo-localised at 320 px: every stage’s longer texts fit, nothing cut off or drawn over', async ({ page }) => {
  test.setTimeout(120_000);
  const pseudo = wordsFor('qps-ploc');
  await page.goto('/?locale=qps-ploc&panel=320');
  const panels = [frame(page, COACH_PANE), frame(page, COACHEE_PANE)];
  const faults: Record<string, unknown[]> = {};
  const look = async (stage: string) => {
    for (const [i, panel] of panels.entries()) {
      const found = [...(await layoutFaults(panel)), ...(await textFitFaults(panel))];
      if (found.length > 0) faults[`${stage}, ${i === 0 ? 'coach' : 'coachee'}`] = found;
    }
  };
  await closeSession(page, { challenge: CHALLENGE, step: STEP, summary: SUMMARY, words: pseudo, atStage: look });
  await look('closed');
  expect(faults).toEqual({});
});
