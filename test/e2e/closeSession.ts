import { expect, type FrameLocator, type Page } from '@playwright/test';
import { COACH_PANE, COACHEE_PANE, frame } from './simulatorPage';

/** A local date `days` from now, as a date input takes it. */
export function localDate(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A next step as the coachee types it in Plan. */
export interface NextStepInput {
  text: string;
  owner: 'Sam (coachee)' | 'Alex (coach)';
  /** Due this many days from today. */
  inDays: number;
}

export interface ShortSession {
  challenge: string;
  /** The coachee's own next step, due in a week. */
  step: string;
  /** Further next steps, after `step`. */
  moreSteps?: readonly NextStepInput[];
  summary: string;
  /**
   * Called as each stage begins, in both panels (Close: before the follow-up
   * is put on the calendars), for tests that look at every stage on the way.
   */
  atStage?(stage: 'open' | 'learn' | 'plan' | 'close'): Promise<void>;
  /** Whether the coachee accepts the invite before this returns. @default true */
  accept?: boolean;
}

const expectStage = (panel: FrameLocator, stage: string) =>
  expect(panel.getByRole('heading', { level: 2, name: `Current stage: ${stage}` })).toBeVisible();

/**
 * The shortest whole session: Open → Learn → Plan → Close with one next step
 * owned by the coachee, the follow-up on both calendars and (unless `accept`
 * is false) accepted. Returns once the coachee's panel shows the invite
 * accepted, or only on the coach's calendar when not accepting.
 */
export async function closeSession(
  page: Page,
  { challenge, step, moreSteps = [], summary, atStage, accept = true }: ShortSession,
): Promise<void> {
  const coach = frame(page, COACH_PANE);
  const coachee = frame(page, COACHEE_PANE);
  await expectStage(coachee, 'Open');
  await atStage?.('open');
  await coachee.getByRole('textbox', { name: 'State the challenge or opportunity' }).fill(challenge);
  await coachee.getByRole('button', { name: 'State challenge' }).click();
  await expect(coach.getByText(challenge).first()).toBeVisible();
  await coach.getByRole('button', { name: 'Advance to Learn' }).click();
  await expectStage(coachee, 'Learn');
  await atStage?.('learn');
  await coach.getByRole('button', { name: 'Agree to this definition' }).click();
  await coachee.getByRole('textbox', { name: 'New cause' }).fill('The hand-over happens too late');
  await coachee.getByRole('button', { name: 'Add cause' }).click();
  for (const option of ['Hand over on Wednesdays', 'Ask for help earlier']) {
    await coachee.getByRole('textbox', { name: 'New option' }).fill(option);
    await coachee.getByRole('button', { name: 'Add option' }).click();
  }
  await expect(coach.getByText('Ask for help earlier')).toBeVisible();
  await coach.getByRole('button', { name: 'Advance to Plan' }).click();
  await expectStage(coachee, 'Plan');
  await atStage?.('plan');
  await coachee
    .getByRole('radiogroup', { name: 'Option to carry out' })
    .getByRole('radio', { name: /Hand over on Wednesdays/ })
    .check();
  for (const next of [{ text: step, owner: 'Sam (coachee)', inDays: 7 } as const, ...moreSteps]) {
    await coachee.getByRole('textbox', { name: 'Next step' }).fill(next.text);
    await coachee.getByRole('combobox', { name: 'Owner' }).selectOption({ label: next.owner });
    await coachee.getByLabel('Due date').fill(localDate(next.inDays));
    await coachee.getByRole('button', { name: 'Add next step' }).click();
    await expect(coach.getByRole('checkbox', { name: next.text })).toBeVisible();
  }

  await coach.getByRole('button', { name: 'Advance to Close' }).click();
  const confidence = coach.getByRole('dialog', { name: 'Before Close: your confidence' });
  await confidence.getByRole('radio', { name: '4' }).check();
  await confidence.getByRole('button', { name: 'Record confidence' }).click();
  await coach.getByRole('dialog').getByRole('button', { name: 'Continue to Close' }).click();
  await expectStage(coachee, 'Close');
  await coachee.getByRole('textbox', { name: 'What you will do, and by when' }).fill(summary);
  await coachee.getByRole('button', { name: 'Save summary' }).click();
  await expect(coach.getByText(summary)).toBeVisible();
  await coach.locator('summary', { hasText: 'Suggested wording' }).click();
  await coach
    .getByRole('group', { name: /Suggested wording/ })
    .getByRole('button')
    .first()
    .click();
  await coach.getByRole('button', { name: 'Give affirmation' }).click();
  await atStage?.('close');

  const followUp = coach.getByRole('region', { name: 'Follow-up' });
  await followUp.getByRole('button', { name: 'Find times you are both free' }).click();
  await followUp.getByRole('radiogroup', { name: 'Free times for both of you' }).getByRole('radio').first().check();
  await followUp.getByRole('button', { name: 'Put it on both calendars' }).click();
  await expect(coachee.getByRole('list', { name: 'Calendar status' })).toContainText('On Alex’s calendar: yes');
  if (!accept) return;
  await coachee.getByRole('button', { name: 'Accept on my calendar' }).click();
  await expect(coach.getByRole('list', { name: 'Calendar status' })).toContainText('Accepted by Sam: yes');
}
