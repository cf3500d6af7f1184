import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures';
import { seriousAxeViolations } from './axe';
import { answerTeamsCdn } from './teamsCdn';

// The notes tab: the tab's page as Teams loads it in the meeting's details
// and chat tabs (frame context content), under the simulator's Teams host.

const region = (page: Page, name: string) => page.getByRole('region', { name });
const frame = (page: Page, name: string) => region(page, name).frameLocator('iframe');

const CHALLENGE = 'Hand-offs slow our releases.';

/** The coachee states the challenge in their side panel, and the coach's panel has it. */
async function stateChallenge(page: Page) {
  const coachee = frame(page, 'Coachee — Sam');
  await coachee.getByRole('textbox', { name: 'State the challenge or opportunity' }).fill(CHALLENGE);
  await coachee.getByRole('button', { name: 'State challenge' }).click();
  await expect(frame(page, 'Coach — Alex').getByText(CHALLENGE).first()).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

test('the notes tab shows the session live, for the coach and the coachee, with no serious axe findings in any theme', async ({ page }) => {
  const errors: string[] = [];
  // A first-time user has no sessions folder in their OneDrive yet: Graph (and the sandbox)
  // answer its listing 404, which the app reads as "no sessions" but the browser logs.
  const noFolderYet = /404 .*\/me\/drive\/special\/approot:\/sessions:\/children/;
  page.on('console', (message) => {
    const text = `${message.text()} (${message.location().url})`;
    if (message.type() === 'error' && !noFolderYet.test(text)) errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await stateChallenge(page);

  await page.getByRole('button', { name: 'Open notes tab' }).click();
  const pane = region(page, 'Notes tab');
  // The tab's own page, as Teams loads it: the saved content URL with the theme filled in.
  await expect(pane.locator('iframe')).toHaveAttribute('src', /^sidePanel\.html\?theme=default&locale=en-us$/);
  await expect(pane.locator('iframe')).toHaveAttribute('title', 'Notes tab, as Alex sees it');
  const notes = frame(page, 'Notes tab');
  await expect(notes.getByRole('heading', { level: 1, name: 'Session notes' })).toBeVisible();
  await expect(notes.getByRole('region', { name: 'Challenge' })).toContainText(CHALLENGE);
  await expect(notes.getByRole('region', { name: 'Challenge' })).toContainText('Stated by Sam (coachee)');
  await expect(pane.getByRole('status')).toHaveText('App: ready · theme: default');
  // Not the side panel: nothing to change here, nothing to share to the stage.
  await expect(notes.getByRole('textbox')).toHaveCount(0);
  await expect(notes.getByRole('button', { name: 'Show on stage' })).toHaveCount(0);

  // Live: the coach moves on in their panel, and the notes follow.
  await frame(page, 'Coach — Alex').getByRole('button', { name: 'Advance to Learn' }).click();
  await expect(notes.getByRole('article', { name: 'Session notes' })).toContainText('Current stageLearn');
  await expect(notes.getByRole('region', { name: 'Stage changes' }).getByRole('listitem')).toHaveText([
    /The session started in Open\./,
    /Alex moved on from Open to Learn\./,
  ]);

  // The coachee's client shows the same notes.
  await pane.getByRole('radio', { name: 'Coachee — Sam' }).check();
  await expect(pane.locator('iframe')).toHaveAttribute('title', 'Notes tab, as Sam sees it');
  await expect(notes.getByRole('region', { name: 'Challenge' })).toContainText(CHALLENGE);
  await expect(pane.getByRole('status')).toHaveText('App: ready · theme: default');

  for (const [label, name] of [
    ['Default', 'default'],
    ['Dark', 'dark'],
    ['High contrast', 'high contrast'],
  ]) {
    await page.getByRole('radio', { name: label, exact: true }).check();
    await expect(pane.getByRole('status')).toHaveText(`App: ready · theme: ${name}`);
    expect(await seriousAxeViolations(page), `theme ${name}`).toEqual([]);
  }
  expect(errors).toEqual([]);
});

test('the notes fit a 320 px tab, download as Markdown and print dark on white without buttons', async ({ page }) => {
  await page.goto('/');
  await stateChallenge(page);
  await page.getByRole('button', { name: 'Open notes tab' }).click();
  const pane = region(page, 'Notes tab');
  const notes = frame(page, 'Notes tab');
  await expect(notes.getByRole('region', { name: 'Challenge' })).toContainText(CHALLENGE);

  // Nothing runs off the side, wide or narrow.
  const overflow = () => notes.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await pane.locator('iframe').evaluate((iframe) => {
    (iframe as HTMLIFrameElement).style.width = '320px';
  });
  await expect.poll(() => notes.locator('html').evaluate((html) => html.clientWidth)).toBeLessThanOrEqual(320);
  expect(await overflow()).toBeLessThanOrEqual(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notes.getByRole('button', { name: 'Download as Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^stagecoach-notes-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toMatch(/^# Stagecoach session notes\n/);
  expect(markdown).toContain(`## Challenge\n\n${CHALLENGE}\n`);

  // On paper, in the dark theme: no buttons, and the text takes the light theme's dark colour.
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await expect(pane.getByRole('status')).toHaveText('App: ready · theme: dark');
  const title = notes.getByRole('heading', { level: 1, name: 'Session notes' });
  const colour = () => title.evaluate((el) => getComputedStyle(el).color);
  const onScreen = await colour();
  await expect(notes.getByRole('region', { name: 'Coaching growth' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(notes.getByRole('button', { name: 'Download as Markdown' })).toBeHidden();
  await expect(notes.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(notes.getByRole('region', { name: 'Coaching growth' })).toBeHidden();
  await expect(notes.getByRole('region', { name: /^Earlier sessions with / })).toBeHidden();
  await expect.poll(colour).toBe('rgb(36, 36, 36)');
  expect(onScreen).not.toBe('rgb(36, 36, 36)');
});
