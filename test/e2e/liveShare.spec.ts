import { expect, test, type Page } from './fixtures';
import { answerTeamsCdn } from './teamsCdn';

// The panes sync through Live Share on the simulator's local Fluid server
// (tinylicious, started with the test server): teams-js's LiveShareHost in
// each pane asks the simulated Teams which Fluid service and container to use.

const pane = (page: Page, name: string) => page.getByRole('region', { name }).frameLocator('iframe');

test('the coach advances the stage in one pane and the coachee’s pane shows it, through tinylicious', async ({ page, request }) => {
  const { endpoint } = (await (await request.get('/tinylicious.json')).json()) as { endpoint: string };
  const fluidPort = new URL(endpoint).port;
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await answerTeamsCdn(page);

  await page.goto('/');
  const coach = pane(page, 'Coach — Alex');
  const coachee = pane(page, 'Coachee — Sam');
  await expect(coach.getByText('You are Alex · Coach')).toBeVisible();
  await expect(coachee.getByText('You are Sam · Coachee')).toBeVisible();
  await expect(coachee.getByRole('heading', { level: 2, name: 'Current stage: Open' })).toBeVisible();

  await coach.getByRole('button', { name: 'Advance to Learn' }).click();
  // Open's criteria are not met yet: the coach moves on all the same.
  await coach.getByRole('dialog', { name: 'Open is not finished yet' }).getByRole('button', { name: 'Advance anyway' }).click();
  await expect(coach.getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeVisible();
  await expect(coachee.getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeVisible();
  // Live Share presence: each pane sees both people in the panel now.
  await expect(coachee.getByText('· 2 here now')).toBeVisible();
  await expect(coach.getByText('· 2 here now')).toBeVisible();
  // Both panes hold a Fluid connection to the simulator's tinylicious.
  expect(sockets.filter((url) => new URL(url).port === fluidPort).length).toBeGreaterThanOrEqual(2);
});

test('reloading the simulator rejoins the meeting’s session on the same Fluid container', async ({ page }) => {
  await answerTeamsCdn(page);
  await page.goto('/');
  const coach = pane(page, 'Coach — Alex');
  await expect(coach.getByText('You are Alex · Coach')).toBeVisible();
  await coach.getByRole('button', { name: 'Advance to Learn' }).click();
  await coach.getByRole('dialog', { name: 'Open is not finished yet' }).getByRole('button', { name: 'Advance anyway' }).click();
  await expect(pane(page, 'Coachee — Sam').getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeVisible();

  await page.reload();
  await expect(pane(page, 'Coachee — Sam').getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeVisible();
  await expect(pane(page, 'Coach — Alex').getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeVisible();
});

test('the coach’s stage timer counts down in the coachee’s pane too, through Live Share', async ({ page }) => {
  await answerTeamsCdn(page);
  await page.goto('/');
  const coach = pane(page, 'Coach — Alex');
  const coachee = pane(page, 'Coachee — Sam');
  await expect(coachee.getByText('You are Sam · Coachee')).toBeVisible();
  // Off by default: the coachee sees no timer and no way to start one.
  await expect(coach.getByRole('button', { name: 'Stage timer' })).toBeVisible();
  await expect(coachee.getByRole('button', { name: 'Stage timer' })).toHaveCount(0);

  await coach.getByRole('button', { name: 'Stage timer' }).click();
  await coach.getByRole('combobox', { name: 'Duration' }).selectOption({ label: '5 minutes' });
  await coach.getByRole('button', { name: 'Start' }).click();
  await expect(coachee.getByRole('timer', { name: 'Time left in this stage' })).toContainText(/\d:\d\d left/);
  await expect(coachee.getByRole('button', { name: 'Pause' })).toHaveCount(0);

  await coach.getByRole('button', { name: 'Pause' }).click();
  await expect(coachee.getByRole('timer')).toContainText('(paused)');
  await coach.getByRole('button', { name: 'Stop' }).click();
  await expect(coachee.getByRole('timer')).toHaveCount(0);
});

test('with user ids spelled as some Teams desktop clients do, coach and coachee still sync and keep their roles', async ({ page }) => {
  await answerTeamsCdn(page);
  // The context gives "id.guid.tenant"; the Live Share host answers the id in upper case.
  await page.goto('/?ids=compound');
  const coach = pane(page, 'Coach — Alex');
  const coachee = pane(page, 'Coachee — Sam');
  await expect(coach.getByText('You are Alex · Coach')).toBeVisible();
  await expect(coachee.getByText('You are Sam · Coachee')).toBeVisible();
  await coach.getByRole('button', { name: 'Advance to Learn' }).click();
  await coach.getByRole('dialog', { name: 'Open is not finished yet' }).getByRole('button', { name: 'Advance anyway' }).click();
  await expect(coachee.getByRole('heading', { level: 2, name: 'Current stage: Learn' })).toBeVisible();
  await expect(coachee.getByText('· 2 here now')).toBeVisible();
  // Nothing was refused or held as another user's.
  await expect(coach.locator('[data-code="unverified"]')).toHaveCount(0);
  await expect(coachee.locator('[data-code="unverified"]')).toHaveCount(0);
});
