import { seriousAxeViolations } from './axe';
import { closeSession } from './closeSession';
import { expect, test, type FrameLocator, type Page } from './fixtures';
import { shootWide, THEMES, useTheme } from './screens';
import { COACH_PANE, frame, region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';

// The meeting stage as the pair meet it: shared from the coach's panel at the
// start, it follows the session live, and at closure shows the follow-up
// landing on both calendars, the coachee's summary and the coach's affirmation.

const CHALLENGE = 'Hand-offs between dev and QA delay our releases by a week.';
const STEP = 'Pair with QA on the next two stories';
const SUMMARY = 'I will pair with QA on two stories and hand over on Wednesdays.';
const STAGE_PANE = 'Meeting stage';
/** closeSession gives the first suggested wording. */
const AFFIRMATION = 'This was a tough one to work through, and you have a clear plan now. I am confident you can carry it out.';

const stageFrame = (page: Page) => region(page, STAGE_PANE).locator('iframe').first();

/** The follow-up's time as the page itself writes a date and time (Intl, medium date, short time). */
const formattedIn = (stage: FrameLocator, iso: string) =>
  stage
    .locator('body')
    .evaluate((_, at) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)), iso);

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

test('the stage shows the follow-up put on both calendars, the summary and the affirmation, live', async ({ page }) => {
  test.setTimeout(120_000);
  // Wide enough for both panels beside the stage, as in a meeting window on a large screen.
  await page.setViewportSize({ width: 1800, height: 1000 });
  await page.goto('/');
  const coach = frame(page, COACH_PANE);
  await coach.getByRole('button', { name: 'Show on stage' }).click();
  const stage = frame(page, STAGE_PANE);
  await expect(stage.getByRole('heading', { level: 2, name: 'Current stage: Open' })).toBeVisible();
  await expect(stage.getByRole('region', { name: 'Follow-up' })).toHaveCount(0);
  await shootWide(page, 'stage-open', stageFrame(page), 1280);

  await closeSession(page, { challenge: CHALLENGE, step: STEP, summary: SUMMARY });

  // Shared before any of it existed: everything below reached the stage live.
  await expect(stage.getByRole('heading', { level: 1, name: 'Stagecoach' })).toBeVisible();
  await expect(stage.getByRole('heading', { level: 2, name: 'Current stage: Close' })).toBeVisible();
  await expect(stage.getByRole('region', { name: 'Challenge' })).toContainText(CHALLENGE);
  await expect(stage.getByRole('region', { name: 'Options' }).locator('[data-chosen]')).toContainText('Hand over on Wednesdays');

  const step = stage.getByRole('region', { name: 'Next steps' }).getByRole('listitem').filter({ hasText: STEP });
  await expect(step).toHaveAttribute('data-state', 'open');
  await expect(step).not.toContainText(/\d{4}-\d{2}-\d{2}/);

  const followUp = stage.getByRole('region', { name: 'Follow-up' });
  const time = followUp.locator('time');
  await expect(time).toBeVisible();
  const at = await time.getAttribute('datetime');
  expect(at).not.toBeNull();
  await expect(time).toHaveText(await formattedIn(stage, at!));
  const calendars = followUp.getByRole('list', { name: 'Calendar status' }).locator('[data-state]');
  await expect(calendars).toHaveCount(2);
  await expect(calendars.nth(0)).toHaveAttribute('data-state', 'created');
  await expect(calendars.nth(1)).toHaveAttribute('data-state', 'accepted');

  await expect(stage.getByRole('region', { name: 'Coachee’s summary' }).getByRole('blockquote')).toHaveText(SUMMARY);
  await expect(stage.getByRole('region', { name: 'Coach’s affirmation' }).getByRole('blockquote')).toHaveText(AFFIRMATION);
  await expect(stage.getByRole('list', { name: 'Criteria for Close' }).locator('[data-met="true"]')).toHaveCount(3);

  // Read-only, with nothing to focus.
  await expect(stage.getByRole('textbox')).toHaveCount(0);
  await expect(stage.getByRole('button')).toHaveCount(0);

  for (const theme of THEMES) {
    await useTheme(page, theme);
    expect(await seriousAxeViolations(page), `theme ${theme.name}`).toEqual([]);
  }
  await useTheme(page, THEMES[0]);

  await shootWide(page, 'stage-closed', stageFrame(page), 1280);
  await shootWide(page, 'stage-closed', stageFrame(page), 800);
});
