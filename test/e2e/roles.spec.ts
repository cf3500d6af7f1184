import { expect, test, type Page } from './fixtures';
import { answerTeamsCdn } from './teamsCdn';

// Roles come from the meeting: the organizer coaches, the next to join is
// coached, anyone else observes, and the coach can say otherwise.

const panel = (page: Page, name: string) => page.getByRole('region', { name }).frameLocator('iframe');

test.beforeEach(async ({ page }) => {
  await answerTeamsCdn(page);
});

test('in a meeting of three, the coach picks who is coached', async ({ page }) => {
  await page.goto('/');
  const coach = panel(page, 'Coach — Alex');
  await expect(coach.getByText('You are Alex · Coach')).toBeVisible();
  await expect(panel(page, 'Coachee — Sam').getByText('You are Sam · Coachee')).toBeVisible();

  await page.getByRole('switch', { name: 'Add observer' }).check();
  const third = panel(page, 'Observer — Jordan');
  await expect(third.getByText('You are Jordan · Observer')).toBeVisible();
  // An observer reads along but has no capture form.
  await expect(third.getByRole('textbox')).toHaveCount(0);

  await coach.getByText('People (3)').click();
  await coach.getByRole('combobox', { name: 'Coachee' }).selectOption({ label: 'Jordan' });
  await expect(third.getByText('You are Jordan · Coachee')).toBeVisible();
  await expect(panel(page, 'Coachee — Sam').getByText('You are Sam · Observer')).toBeVisible();
  await expect(third.getByRole('textbox', { name: 'State the challenge or opportunity' })).toBeVisible();
});
