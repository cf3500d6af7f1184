import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { Words } from '../../src/words';
import { english } from '../fixtures/words';
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
  /** The coachee's own next step, due in a week (or `stepInDays`). */
  step: string;
  /** When `step` is due, in days from today. @default 7 */
  stepInDays?: number;
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
  /** A new meeting at the first free time both have, or the pair's next recurring 1:1 the panel offers. @default 'newMeeting' */
  followUpOn?: 'newMeeting' | 'nextOccurrence';
  /** The words both panels speak (the simulator's `?locale=`): controls are found by their words, not English copy. @default english */
  words?: Words;
}

type Stage = 'open' | 'learn' | 'plan' | 'close';

const stageName = (w: Words, stage: Stage): string =>
  ({ open: w.t('common.stage.open'), learn: w.t('common.stage.learn'), plan: w.t('common.stage.plan'), close: w.t('common.stage.close') })[
    stage
  ];

/**
 * A heading's name as a pattern: the panel hides part of the sentence from the
 * eye, and the browser may join hidden and shown parts with a space.
 */
const spacedAnyhow = (text: string) =>
  new RegExp(`^${[...text.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')}$`);

export const expectStage = (panel: FrameLocator, stage: Stage, w: Words = english) =>
  expect(
    panel.getByRole('heading', { level: 2, name: spacedAnyhow(w.t('panel.workspace.currentStage', { stage: stageName(w, stage) })) }),
  ).toBeVisible();

const OWNERS = {
  'Sam (coachee)': { name: 'Sam', role: 'coachee' },
  'Alex (coach)': { name: 'Alex', role: 'coach' },
} as const;

/**
 * The shortest whole session: Open → Learn → Plan → Close with one next step
 * owned by the coachee, the follow-up on both calendars and (unless `accept`
 * is false) accepted. Returns once the coachee's panel shows the invite
 * accepted, or only on the coach's calendar when not accepting.
 */
export async function closeSession(
  page: Page,
  {
    challenge,
    step,
    stepInDays = 7,
    moreSteps = [],
    summary,
    atStage,
    accept = true,
    followUpOn = 'newMeeting',
    words: w = english,
  }: ShortSession,
): Promise<void> {
  const coach = frame(page, COACH_PANE);
  const coachee = frame(page, COACHEE_PANE);
  const advanceTo = (stage: Stage) => coach.getByRole('button', { name: w.t('panel.controls.advance', { stage: stageName(w, stage) }) });
  await expectStage(coachee, 'open', w);
  await atStage?.('open');
  await coachee.getByRole('textbox', { name: w.t('forms.challenge.stateLabel') }).fill(challenge);
  await coachee.getByRole('button', { name: w.t('forms.challenge.stateButton') }).click();
  await expect(coach.getByText(challenge).first()).toBeVisible();
  await advanceTo('learn').click();
  await expectStage(coachee, 'learn', w);
  await atStage?.('learn');
  await coach.getByRole('button', { name: w.t('forms.challenge.agree') }).click();
  await coachee.getByRole('textbox', { name: w.t('forms.causes.new') }).fill('The hand-over happens too late');
  await coachee.getByRole('button', { name: w.t('forms.causes.add') }).click();
  for (const option of ['Hand over on Wednesdays', 'Ask for help earlier']) {
    await coachee.getByRole('textbox', { name: w.t('forms.options.new') }).fill(option);
    await coachee.getByRole('button', { name: w.t('forms.options.add') }).click();
  }
  await expect(coach.getByText('Ask for help earlier')).toBeVisible();
  await advanceTo('plan').click();
  await expectStage(coachee, 'plan', w);
  await atStage?.('plan');
  await coachee
    .getByRole('radiogroup', { name: w.t('forms.chooser.label') })
    .getByRole('radio', { name: /Hand over on Wednesdays/ })
    .check();
  for (const next of [{ text: step, owner: 'Sam (coachee)', inDays: stepInDays } as const, ...moreSteps]) {
    await coachee.getByRole('textbox', { name: w.t('forms.nextSteps.textLabel'), exact: true }).fill(next.text);
    await coachee
      .getByRole('combobox', { name: w.t('forms.nextSteps.ownerLabel'), exact: true })
      .selectOption({ label: w.t('forms.nextSteps.owner', OWNERS[next.owner]) });
    await coachee.getByLabel(w.t('forms.nextSteps.dueLabel'), { exact: true }).fill(localDate(next.inDays));
    await coachee.getByRole('button', { name: w.t('forms.nextSteps.add') }).click();
    await expect(coach.getByRole('checkbox', { name: next.text })).toBeVisible();
  }

  await advanceTo('close').click();
  const confidence = coach.getByRole('dialog', { name: w.t('panel.confidence.title', { stage: stageName(w, 'close') }) });
  await confidence.getByRole('radio', { name: w.number(4) }).check();
  await confidence.getByRole('button', { name: w.t('panel.confidence.record') }).click();
  await coach
    .getByRole('dialog')
    .getByRole('button', { name: w.t('panel.confidence.continueTo', { stage: stageName(w, 'close') }) })
    .click();
  await expectStage(coachee, 'close', w);
  await coachee.getByRole('textbox', { name: w.t('forms.summary.label') }).fill(summary);
  await coachee.getByRole('button', { name: w.t('forms.summary.save') }).click();
  await expect(coach.getByText(summary)).toBeVisible();
  // Folded away until asked for: found by its label in the DOM, since a closed <details> hides it from roles.
  const suggestionsLabel = w.t('forms.affirmation.suggestionsGroup');
  await coach
    .locator('details', { has: coach.locator(`[role="group"][aria-label=${JSON.stringify(suggestionsLabel)}]`) })
    .locator('summary')
    .click();
  await coach.getByRole('group', { name: suggestionsLabel }).getByRole('button').first().click();
  await coach.getByRole('button', { name: w.t('forms.affirmation.give') }).click();
  await atStage?.('close');

  const followUp = coach.getByRole('region', { name: w.t('panel.followUp.heading') });
  if (followUpOn === 'nextOccurrence') {
    await followUp
      .getByRole('group', { name: w.t('panel.followUp.series.label', { coachee: 'Sam' }) })
      .getByRole('button')
      .click();
  } else {
    await followUp.getByRole('button', { name: w.t('panel.slots.find') }).click();
    await followUp
      .getByRole('radiogroup', { name: w.t('panel.slots.label') })
      .getByRole('radio')
      .first()
      .check();
    await followUp.getByRole('button', { name: w.t('panel.followUp.putOnCalendars') }).click();
  }
  const calendarStatus = (panel: FrameLocator) => panel.getByRole('list', { name: w.t('panel.calendar.label') });
  await expect(calendarStatus(coachee)).toContainText(
    w.t('panel.calendar.onCoachCalendar', { coach: 'Alex', state: w.t('panel.calendar.yes') }),
  );
  if (!accept) return;
  await coachee.getByRole('button', { name: w.t('panel.calendar.accept') }).click();
  await expect(calendarStatus(coach)).toContainText(w.t('panel.calendar.acceptedBy', { coachee: 'Sam', state: w.t('panel.calendar.yes') }));
}
