import path from 'node:path';
import type { FrameLocator, Locator, Page } from './fixtures';
import { expect, test } from './fixtures';
import { axeWidths, seriousAxeViolations, seriousAxeViolationsInFrame } from './axe';
import { closeSession } from './closeSession';
import { shootFrameAt, THEMES, useTheme } from './screens';
import { layoutFaults } from './wordBreaks';
import { COACH_PANE, COACHEE_PANE, frame, region } from './simulatorPage';
import { answerTeamsCdn } from './teamsCdn';

// Issue 14, after the meeting: the coachee opens the follow-up invite in
// Outlook before accepting it and sees the plan; one done-ness everywhere
// (the Outlook pane, My coaching), and labels that say the step and its state.

const CHALLENGE = 'Hand-offs between dev and QA delay our releases.';
const OPTION = 'Hand over on Wednesdays';
const SUMMARY = 'I will pair with QA on two stories by next week.';
const MINE = 'Pair with QA on the next two stories';
const ALSO_MINE = 'Write down the hand-over checklist';
const ALEXS = 'Ask the QA lead for a Wednesday slot';
const SUBJECT = `Status update: ${CHALLENGE}`;

/** The person's Outlook with the follow-up open, and the task pane's frame in it. */
async function openInOutlook(page: Page, who: 'Sam' | 'Alex'): Promise<{ outlook: Locator; pane: FrameLocator }> {
  await region(page, `${who}’s calendar`)
    .getByRole('button', { name: `Open ${SUBJECT} in Outlook` })
    .click();
  const outlook = region(page, `Outlook — ${SUBJECT}, as ${who}`);
  return { outlook, pane: outlook.frameLocator('iframe') };
}

/** A plan's count as its data attributes carry it, e.g. "1/3". */
const count = (within: Locator) =>
  within
    .locator('[data-steps-done]')
    .first()
    .evaluate((el) => `${el.getAttribute('data-steps-done')}/${el.getAttribute('data-steps-total')}`);

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

test('the coachee opens the invite before accepting it and sees the plan; a tick there shows in every count', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  // Closed with the invite on both calendars, Sam not having answered it yet.
  await closeSession(page, {
    challenge: CHALLENGE,
    step: MINE,
    moreSteps: [
      { text: ALSO_MINE, owner: 'Sam (coachee)', inDays: 3 },
      { text: ALEXS, owner: 'Alex (coach)', inDays: 2 },
    ],
    summary: SUMMARY,
    accept: false,
  });

  // The invite is on Sam's calendar, not answered; Sam opens it in Outlook at once.
  const samCalendar = region(page, 'Sam’s calendar');
  await expect(samCalendar.getByRole('listitem').filter({ hasText: SUBJECT })).toContainText('Not responded');
  const { outlook, pane } = await openInOutlook(page, 'Sam');
  await expect(outlook).toContainText('Attendee’s form');
  const agreed = pane.getByRole('region', { name: 'What we agreed' });
  await expect(agreed).toContainText(CHALLENGE);
  await expect(agreed).toContainText(OPTION);
  const steps = pane.getByRole('region', { name: 'Next steps' });
  await expect(steps.getByRole('listitem')).toHaveCount(3);
  expect(await count(steps)).toBe('0/3');

  // Each of Sam's steps is a checkbox named by the step, its state its checked state; Alex's is read-only.
  const mine = steps.getByRole('checkbox', { name: MINE, exact: true });
  await expect(mine).not.toBeChecked();
  await expect(steps.getByRole('checkbox', { name: ALSO_MINE, exact: true })).not.toBeChecked();
  await expect(steps.getByRole('checkbox')).toHaveCount(2);
  await expect(steps.getByRole('checkbox', { name: /^Done/ })).toHaveCount(0);
  await expect(steps.getByRole('listitem').filter({ hasText: ALEXS })).toHaveAttribute('data-step-state', 'open');

  // Sam ticks one from the keyboard: checked, and the pane's count follows; To Do has it too.
  await mine.focus();
  await page.keyboard.press('Space');
  await expect(mine).toBeChecked();
  await expect(steps.getByRole('listitem').filter({ hasText: MINE })).toHaveAttribute('data-step-state', 'done');
  await expect.poll(() => count(steps)).toBe('1/3');
  await expect(region(page, 'Sam’s To Do').getByRole('listitem').filter({ hasText: MINE })).toContainText('Completed');
  expect(await seriousAxeViolations(page), 'task pane').toEqual([]);
  await outlook.getByRole('button', { name: 'Close' }).click();

  // Sam accepts only now; the session closes as usual.
  const coach = frame(page, COACH_PANE);
  await frame(page, COACHEE_PANE).getByRole('button', { name: 'Accept on my calendar' }).click();
  await expect(coach.getByRole('list', { name: 'Calendar status' })).toContainText('Accepted by Sam: yes');

  // My coaching, as Sam: the same done-ness. One step left to do, and this session counts one of three done.
  await page.getByRole('button', { name: 'Open My coaching' }).click();
  const personal = region(page, 'My coaching (personal tab)');
  await personal.getByRole('radio', { name: COACHEE_PANE }).check();
  const tab = personal.frameLocator('iframe');
  const owed = tab.getByRole('region', { name: 'Your next steps' });
  await expect(owed.getByRole('listitem')).toHaveCount(1);
  await expect(owed.getByRole('listitem')).toContainText(ALSO_MINE);
  await expect(owed.locator('[data-open-count]')).toHaveAttribute('data-open-count', '1');
  const past = tab.getByRole('region', { name: 'Past sessions' });
  await expect.poll(() => count(past)).toBe('1/3');

  // Sam ticks the other one in Outlook: the pane says two of three, and My coaching, opened again, agrees.
  const again = await openInOutlook(page, 'Sam');
  const steps2 = again.pane.getByRole('region', { name: 'Next steps' });
  await expect(steps2.getByRole('checkbox', { name: MINE, exact: true })).toBeChecked();
  await steps2.getByRole('checkbox', { name: ALSO_MINE, exact: true }).check();
  await expect.poll(() => count(steps2)).toBe('2/3');
  await again.outlook.getByRole('button', { name: 'Close' }).click();
  await personal.getByRole('radio', { name: COACH_PANE }).check();
  await personal.getByRole('radio', { name: COACHEE_PANE }).check();
  await expect(owed.locator('[data-open-count]')).toHaveAttribute('data-open-count', '0');
  await expect.poll(() => count(past)).toBe('2/3');

  // As Alex: Sam's plan as agreed in the session (Alex never reads Sam's To Do), Alex's own step open.
  await personal.getByRole('radio', { name: COACH_PANE }).check();
  const sam = tab.getByRole('region', { name: 'Your coachees' }).getByRole('region', { name: 'Sam' });
  await expect(sam.getByRole('listitem')).toHaveCount(3);
  await expect.poll(() => count(sam)).toBe('0/3');
  expect(await seriousAxeViolations(page), 'My coaching').toEqual([]);
  expect(errors).toEqual([]);
});

// ——— Design: every width and theme, laid out whole, axe clean, photographed ———

const SHOTS = path.resolve('test-results/screens');
const shotFile = (name: string) => path.join(SHOTS, name);

async function setWidth(frameElement: Locator, width: number): Promise<void> {
  await frameElement.evaluate((el: HTMLElement, w) => void (el.style.width = `${w}px`), width);
}

/**
 * Outlook tells an add-in light or dark (Office.context.officeTheme); its high
 * contrast is the system's, which reaches the page as forced colours. So the
 * pane's third theme is the light one under forced colours.
 */
const PANE_THEMES = [
  { name: 'default', theme: THEMES[0], forcedColors: 'none' },
  { name: 'dark', theme: THEMES[1], forcedColors: 'none' },
  { name: 'contrast', theme: THEMES[0], forcedColors: 'active' },
] as const;

test('My coaching and the Outlook pane hold at every width and theme, whole words, no sideways scroll, axe clean', async ({ page }) => {
  test.setTimeout(360_000);
  await page.setViewportSize({ width: 1800, height: 1000 });
  await page.goto('/');
  await closeSession(page, {
    challenge: CHALLENGE,
    step: MINE,
    moreSteps: [
      { text: 'Draft the internationalisation checklist with the localisation team', owner: 'Sam (coachee)', inDays: 4 },
      { text: ALEXS, owner: 'Alex (coach)', inDays: 3 },
    ],
    summary: SUMMARY,
    accept: false,
  });
  await frame(page, COACHEE_PANE).getByRole('button', { name: 'Accept on my calendar' }).click();
  await expect(frame(page, COACH_PANE).getByRole('list', { name: 'Calendar status' })).toContainText('Accepted by Sam: yes');

  for (const who of ['Sam', 'Alex'] as const) {
    const { outlook, pane } = await openInOutlook(page, who);
    await expect(pane.getByRole('region', { name: 'What we agreed' })).toContainText(CHALLENGE);
    const paneFrame = outlook.locator('iframe');
    const paneWidths = [280, 320];
    const axeAt = axeWidths(paneWidths);
    for (const width of paneWidths) {
      await setWidth(paneFrame, width);
      for (const look of PANE_THEMES) {
        await page.emulateMedia({ forcedColors: look.forcedColors });
        await useTheme(page, look.theme);
        expect(await layoutFaults(pane), `${who}’s pane at ${width} px, ${look.name}`).toEqual([]);
        if (axeAt.has(width))
          expect(await seriousAxeViolationsInFrame(page, paneFrame), `${who}’s pane at ${width} px, ${look.name}`).toEqual([]);
        await shootFrameAt(paneFrame, width, shotFile(`after-outlook-${who.toLowerCase()}-${width}-${look.name}.png`));
      }
    }
    await page.emulateMedia({ forcedColors: 'none' });
    await useTheme(page, THEMES[0]);
    await outlook.getByRole('button', { name: 'Close' }).click();
  }

  await page.getByRole('button', { name: 'Open My coaching' }).click();
  const personal = region(page, 'My coaching (personal tab)');
  const tabFrame = personal.locator('iframe');
  for (const who of [COACHEE_PANE, COACH_PANE]) {
    await personal.getByRole('radio', { name: who }).check();
    const tab = personal.frameLocator('iframe');
    await expect(tab.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(tab.locator('[data-steps-done]').first()).toBeVisible();
    const name = who === COACH_PANE ? 'alex' : 'sam';
    for (const width of [1024, 320]) {
      await setWidth(tabFrame, width);
      for (const theme of THEMES) {
        await useTheme(page, theme);
        expect(await layoutFaults(tab), `My coaching as ${name} at ${width} px, ${theme.name}`).toEqual([]);
        expect(await seriousAxeViolationsInFrame(page, tabFrame), `My coaching as ${name} at ${width} px, ${theme.name}`).toEqual([]);
        await shootFrameAt(tabFrame, width, shotFile(`after-mycoaching-${name}-${width}-${theme.name}.png`));
      }
    }
    await useTheme(page, THEMES[0]);
  }
});
