import { english, wordsFor } from '../fixtures/words';
import { expect, test, type Page } from './fixtures';
import { seriousAxeViolations } from './axe';
import { answerTeamsCdn } from './teamsCdn';

// The app's pages under the simulator's Teams host, through the real teams-js:
// start-up, context, theme, stage sharing, configuration, and no host at all.

const region = (page: Page, name: string) => page.getByRole('region', { name });
const panel = (page: Page, name: string) => region(page, name).frameLocator('iframe');

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

test('the side panel reads its meeting context and reports success to the host', async ({ page }) => {
  await page.goto('/');
  await expect(panel(page, 'Coach — Alex').getByText('You are Alex · Coach')).toBeVisible();
  await expect(panel(page, 'Coachee — Sam').getByText('You are Sam · Coachee')).toBeVisible();
  await expect(region(page, 'Coach — Alex').getByRole('status')).toHaveText('App: ready · theme: default');
  await expect(region(page, 'Coachee — Sam').getByRole('status')).toHaveText('App: ready · theme: default');
});

test('the theme switches live in every panel', async ({ page }) => {
  await page.goto('/');
  const coach = panel(page, 'Coach — Alex');
  await expect(coach.getByText('You are Alex · Coach')).toBeVisible();
  // The shell's background is Fluent's colorNeutralBackground1: it follows the theme.
  const shell = coach.locator('.fui-FluentProvider').first();
  const background = () => shell.evaluate((el) => getComputedStyle(el).backgroundColor);
  const light = await background();

  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(region(page, 'Coach — Alex').getByRole('status')).toHaveText('App: ready · theme: dark');
  await expect.poll(background).not.toBe(light);
  const dark = await background();

  await page.getByRole('radio', { name: 'High contrast' }).check();
  await expect.poll(background).not.toBe(dark);
  await expect(region(page, 'Coachee — Sam').getByRole('status')).toHaveText('App: ready · theme: high contrast');
});

test('Show on stage opens the meeting stage with the same session', async ({ page }) => {
  await page.goto('/');
  const coach = panel(page, 'Coach — Alex');
  const coachee = panel(page, 'Coachee — Sam');
  await coachee.getByRole('textbox', { name: 'State the challenge or opportunity' }).fill('Hand-offs slow our releases.');
  await coachee.getByRole('button', { name: 'State challenge' }).click();
  await expect(coach.getByText('Hand-offs slow our releases.').first()).toBeVisible();

  await coach.getByRole('button', { name: 'Show on stage' }).click();
  const stage = panel(page, 'Meeting stage');
  await expect(region(page, 'Meeting stage').locator('iframe')).toHaveAttribute('src', /\/stage\.html$/);
  await expect(stage.getByRole('heading', { level: 2, name: 'Current stage: Open' })).toBeVisible();
  await expect(stage.getByText('Hand-offs slow our releases.')).toBeVisible();
  await expect(region(page, 'Meeting stage').getByRole('status')).toHaveText('App: ready · theme: default');

  // The stage is read-only, and follows the session live.
  await expect(stage.getByRole('textbox')).toHaveCount(0);
  await coach.getByRole('button', { name: 'Advance to Learn' }).click();
  await expect(stage.getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('Teams’ own stage button shows the tab’s page as the stage view', async ({ page }) => {
  await page.goto('/');
  await expect(panel(page, 'Coach — Alex').getByText('You are Alex · Coach')).toBeVisible();
  await page.getByRole('button', { name: 'Open stage view' }).click();
  await expect(panel(page, 'Meeting stage').getByRole('heading', { level: 2, name: 'Current stage: Open' })).toBeVisible();
  await expect(panel(page, 'Meeting stage').getByRole('button', { name: 'Show on stage' })).toHaveCount(0);
});

test('adding Stagecoach saves the side panel’s address, then opens the panels', async ({ page }) => {
  await page.goto('/?setup');
  await expect(region(page, 'Coach — Alex')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add Stagecoach' }).click();
  const dialog = region(page, 'Add Stagecoach to the meeting');
  await expect(dialog.frameLocator('iframe').getByRole('heading', { name: 'Add Stagecoach to this meeting' })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('App: ready · theme: default');
  expect(await seriousAxeViolations(page)).toEqual([]);
  // Save is the host's, enabled once the page says its configuration is valid.
  const save = dialog.getByRole('button', { name: 'Save' });
  await expect(save).toBeEnabled();
  await save.click();

  await expect(page.getByText(/^Stagecoach tab:/)).toContainText(/\/sidePanel\.html\?theme=\{theme\}&locale=\{locale\}$/);
  await expect(dialog).toHaveCount(0);
  await expect(region(page, 'Coach — Alex').locator('iframe')).toHaveAttribute('src', /\/sidePanel\.html\?theme=default&locale=en-us$/);
  await expect(panel(page, 'Coach — Alex').getByText('You are Alex · Coach')).toBeVisible();
  await expect(panel(page, 'Coachee — Sam').getByText('You are Sam · Coachee')).toBeVisible();
});

for (const pageName of ['sidePanel.html', 'stage.html', 'config.html']) {
  test(`${pageName} opened outside Teams says to open it from a meeting`, async ({ page }) => {
    await page.goto(`/${pageName}`);
    await expect(page.getByRole('alert')).toContainText('Open it from a Teams meeting');
  });
}

test('My coaching opened outside any host says where to open it, in the language the page asks for', async ({ page }) => {
  await page.goto('/personal.html?locale=de-DE');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveAttribute('data-failure', 'noHost');
  await expect(alert).toContainText(wordsFor('de-DE').t('failures.noHost.personal'));
});

test('My coaching in a phone app’s web view starts teams-js over the app’s native bridge', async ({ page }) => {
  // Teams on phones loads a tab as the top page of a web view, with `nativeInterface` in place of a parent window.
  await page.addInitScript(() => {
    const sent: string[] = [];
    Object.assign(window, {
      sentToNativeHost: sent,
      nativeInterface: { framelessPostMessage: (message: string) => sent.push((JSON.parse(message) as { func: string }).func) },
    });
  });
  await page.goto('/personal.html');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { sentToNativeHost: string[] }).sentToNativeHost))
    .toContain('initialize');
  await expect(page.locator('[data-failure="noHost"]')).toHaveCount(0);
});

test('the side panel has no serious accessibility problems in any theme', async ({ page }) => {
  await page.goto('/');
  const coachStatus = region(page, 'Coach — Alex').getByRole('status');
  await expect(coachStatus).toHaveText('App: ready · theme: default');
  await expect(panel(page, 'Coach — Alex').getByRole('button', { name: 'Show on stage' })).toBeVisible();
  for (const [label, name] of [
    ['Default', 'default'],
    ['Dark', 'dark'],
    ['High contrast', 'high contrast'],
  ]) {
    await page.getByRole('radio', { name: label }).check();
    await expect(coachStatus).toHaveText(`App: ready · theme: ${name}`);
    expect(await seriousAxeViolations(page), `theme ${name}`).toEqual([]);
  }
});

test('a side panel framed by a page that never answers says so after the timeout', async ({ page }) => {
  // The page's clock, not the wall's: the panel's wait for its host is run through, not sat out.
  await page.clock.install();
  // A same-origin page that frames the panel and ignores teams-js, as a wrong host would.
  await page.route('**/silent-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Silent host</title><iframe title="Stagecoach" src="/sidePanel.html"></iframe>',
    }),
  );
  await page.goto('/silent-host.html');
  const alert = page.frameLocator('iframe').getByRole('alert');
  // Said by its kind (no meeting host), in the reader's words; the timeout's detail goes to the console.
  await expect(async () => {
    await page.clock.fastForward(1_000);
    await expect(alert).toHaveAttribute('data-failure', 'noHost', { timeout: 100 });
  }).toPass({ intervals: [100] });
  await expect(alert).toHaveAttribute('data-problem', 'absent');
  await expect(alert).toHaveText(english.t('failures.startup', { reason: english.t('failures.noHost.meeting') }));
});
