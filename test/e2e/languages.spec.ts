import type { APIRequestContext, FrameLocator, Page } from '@playwright/test';
import type { Words } from '../../src/words';
import { english, wordsFor } from '../fixtures/words';
import { seriousAxeViolations } from './axe';
import { closeSession } from './closeSession';
import { expect, test } from './fixtures';
import { shootPanels, THEMES, useTheme } from './screens';
import { COACH_PANE, COACHEE_PANE, frame, region } from './simulatorPage';
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

/**
 * Every surface after the session, in the simulator's language: the stage,
 * the notes tab, My coaching and the follow-up in Sam's Outlook, each saying
 * its language and direction and headed in that language.
 */
async function everySurface(page: Page, w: Words, dir: 'ltr' | 'rtl'): Promise<FrameLocator[]> {
  await page.getByRole('button', { name: 'Open stage view' }).click();
  const stage = frame(page, 'Stage');
  await expect(stage.getByRole('heading', { name: w.t('stage.challenge.title') })).toBeVisible();
  await page.getByRole('button', { name: 'Open notes tab' }).click();
  const notes = frame(page, 'Notes tab');
  await expect(notes.getByRole('heading', { level: 1, name: w.t('notes.document.title') })).toBeVisible();
  await page.getByRole('button', { name: 'Open My coaching' }).click();
  const myCoaching = frame(page, 'My coaching');
  await expect(myCoaching.getByRole('heading', { level: 1, name: w.t('afterMeeting.myCoaching.title') })).toBeVisible();
  // The invite's subject is in the coach's words, as Sam's calendar shows it.
  const subject = w.t('documents.invite.subject', { kind: w.t('common.followUpKind.statusUpdate'), challenge: CHALLENGE });
  await region(page, 'Sam’s calendar')
    .getByRole('button', { name: `Open ${subject} in Outlook` })
    .click();
  const outlook = region(page, `Outlook — ${subject}, as Sam`).frameLocator('iframe');
  await expect(outlook.getByText(CHALLENGE).first()).toBeVisible();
  const surfaces = [stage, notes, myCoaching, outlook];
  for (const surface of surfaces) {
    expect((await languageOf(surface)).dir).toBe(dir);
    expect((await languageOf(surface)).lang).toBe(w.locale.intlLocale);
  }
  return surfaces;
}

/** Both side panels, for the screenshots people look at (test-results/screens/). */
const panelFrames = (page: Page) => ({
  coach: region(page, COACH_PANE).locator('iframe').first(),
  coachee: region(page, COACHEE_PANE).locator('iframe').first(),
});

/** A date with an English month ("Dec 9", "December 9"), which a page in another language must not show. */
const ENGLISH_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d/;

test('a German meeting: the panels, the session, the invite and every surface after it speak German', async ({ page, request }) => {
  test.setTimeout(120_000);
  const de = wordsFor('de-DE');
  await page.goto('/?locale=de-DE');
  const coach = frame(page, COACH_PANE);
  await expect(
    coach.getByRole('heading', { level: 2, name: de.t('panel.workspace.currentStage', { stage: de.t('common.stage.open') }) }),
  ).toBeVisible();
  expect(await languageOf(coach)).toEqual({ lang: 'de-DE', dir: 'ltr', provider: 'ltr' });

  await closeSession(page, {
    challenge: CHALLENGE,
    step: STEP,
    summary: SUMMARY,
    words: de,
    atStage: async (stage) => (stage === 'close' ? shootPanels(page, 'de-close', panelFrames(page)) : undefined),
  });

  // The coach's panel wrote the invite: in the coach's language, its time naming the zone.
  const invite = await inviteOf(request, 'sim-alex');
  expect(invite.subject).toBe(de.t('documents.invite.subject', { kind: de.t('common.followUpKind.statusUpdate'), challenge: CHALLENGE }));
  expect(invite.body.content).toContain(de.t('documents.plan.nextSteps'));
  expect(invite.body.content).not.toContain(english.t('documents.plan.nextSteps'));

  // Every surface after it speaks German, dates included.
  for (const surface of await everySurface(page, de, 'ltr')) {
    expect(await surface.locator('body').innerText()).not.toMatch(ENGLISH_DATE);
  }
});

test('an Arabic meeting: right to left on every surface, the stages read from the right, axe clean in every theme', async ({ page }) => {
  test.setTimeout(180_000);
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

  await closeSession(page, {
    challenge: CHALLENGE,
    step: STEP,
    summary: SUMMARY,
    words: ar,
    atStage: async (stage) => (stage === 'plan' || stage === 'close' ? shootPanels(page, `ar-${stage}`, panelFrames(page)) : undefined),
  });
  await everySurface(page, ar, 'rtl');
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
