import type { FollowUpPlan } from '../../../src/domain';
import { followUpRequest } from '../../../src/ui/components/FollowUp/followUpRequest';
import { english, wordsFor } from '../../fixtures/words';

// The coach's panel words the invite and the chat summary in the coach's
// language before the gateway lays them out (test/graph covers the layout).

const german = wordsFor('de-DE');
const START = Date.UTC(2026, 11, 3, 13, 0); // Thursday 14:00 in Berlin
const WHERE = { timeZone: 'Europe/Berlin', notesUrl: 'https://teams.example/notes' };
const CHOICE = { kind: 'decisionMeeting' as const, start: START, durationMinutes: 45 };

const plan = (changes: Partial<FollowUpPlan> = {}): FollowUpPlan => ({
  kind: 'statusUpdate',
  challenge: 'Hand-offs between\ndev and QA delay our releases.',
  chosenOption: 'Pair with QA on Wednesdays.',
  nextSteps: [
    { text: 'Book the first pairing.', ownerName: 'Sam', due: '2026-12-08', done: false },
    { text: 'Tell the team.', ownerName: 'Sam', due: '2026-12-01', done: true },
  ],
  coacheeSummary: 'I will pair with QA.',
  coach: { userId: 'u-alex', displayName: 'Alex', role: 'coach' },
  coachee: { userId: 'u-sam', displayName: 'Sam', role: 'coachee', address: 'sam@contoso.example' },
  earliestDue: '2026-12-08',
  ...changes,
});

function built(words = german, p = plan()) {
  const result = followUpRequest('s-1', p, CHOICE, WHERE, words);
  if (!result.ok) throw new Error(result.message);
  return result.request;
}

it('words everything around the plan in the coach’s language, the time in the coach’s zone with the zone named', () => {
  const { words, nextSteps } = built();
  expect(words).toMatchObject({
    direction: 'ltr',
    subject: 'Entscheidungsgespräch: Hand-offs between dev and QA delay our releases.',
    title: 'Entscheidungsgespräch',
    nextStepsHeading: 'Nächste Schritte',
    coacheeSummaryHeading: 'In den Worten von Sam',
    challengeHeading: 'Herausforderung',
    openNotes: 'Notizen öffnen',
    followUpTime: 'Entscheidungsgespräch im Kalender: Donnerstag, 3. Dezember 2026 um 14:00 (Mitteleuropäische Normalzeit), 45 Min.',
  });
  expect(words.moreSteps(1)).toBe('Ein weiterer nächster Schritt steht in den Sitzungsnotizen in Stagecoach.');
  expect(words.moreSteps(3)).toBe('3 weitere nächste Schritte stehen in den Sitzungsnotizen in Stagecoach.');
  // Only the open steps, each worded with the reader's date.
  expect(nextSteps).toEqual([
    {
      text: 'Book the first pairing.',
      ownerName: 'Sam',
      due: '2026-12-08',
      line: 'Book the first pairing. – Sam, fällig am 08.12.2026',
      ownerDue: 'Sam · fällig am 08.12.2026',
    },
  ]);
});

it('words an Arabic coach’s request right to left', () => {
  const { words } = built(wordsFor('ar-SA'));
  expect(words.direction).toBe('rtl');
  expect(words.summaryHeading).toBe('ملخص جلسة التدريب');
});

it('is the same request when worded twice, so "Try again" sends what the first attempt sent', () => {
  expect(built(english)).toEqual(built(english));
});

it('says in the coach’s words why there is nobody to invite yet', () => {
  expect(followUpRequest('s-1', plan({ coachee: null }), CHOICE, WHERE, german)).toEqual({
    ok: false,
    message: german.t('documents.invite.noCoachee'),
  });
  const noAddress = plan({ coachee: { userId: 'u-sam', displayName: 'Sam', role: 'coachee' } });
  const refused = followUpRequest('s-1', noAddress, CHOICE, WHERE, german);
  expect(refused).toEqual({ ok: false, message: german.t('documents.invite.noAddress', { name: 'Sam' }) });
  expect(refused.ok ? '' : refused.message).toMatch(/^Teams hat Stagecoach keine Adresse genannt, unter der Sam/);
});
