import { GraphCalendarGateway } from '../../src/graph';
import { LIMITS } from '../../src/domain';
import type { FollowUpRequest, FollowUpSlotRequest, GraphFailure, GraphOutcome } from '../../src/ports';
import type { FollowUpDraft } from '../../src/ui/components/FollowUp/followUpRequest';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, DAY, NOW, followUp, sandboxClientOptions } from './helpers';

// The gateway refuses what the domain refuses, and what Graph would refuse or
// misread, before anything is sent: as `invalid` with the problem (and the
// values its sentence needs), which the panel words without "Try again".

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox();
});
afterEach(() => sandbox.close());

const gateway = (userId = COACH) => new GraphCalendarGateway({ ...sandboxClientOptions(sandbox.baseUrl, userId), now: () => NOW });
const failure = <T>(outcome: GraphOutcome<T>): GraphFailure | null => (outcome.ok ? null : outcome.failure);
const refused = expect.objectContaining({ kind: 'invalid', retryable: false, problem: expect.any(String) });
const step = { text: 'Draft the message to Kim', ownerName: 'Sam', due: '2026-12-10' };

describe('a follow-up', () => {
  it.each<[string, Partial<FollowUpDraft>]>([
    ['of 10,000,000 minutes', { durationMinutes: 10_000_000 }],
    [`shorter than ${LIMITS.minFollowUpMinutes} minutes`, { durationMinutes: LIMITS.minFollowUpMinutes - 1 }],
    [`longer than ${LIMITS.maxFollowUpMinutes} minutes`, { durationMinutes: LIMITS.maxFollowUpMinutes + 1 }],
    ['of part minutes', { durationMinutes: 30.5 }],
    ['for an attendee address that is not one', { attendee: { address: 'not an address', displayName: 'Sam' } }],
    ['for an attendee address without a domain', { attendee: { address: 'sam@', displayName: 'Sam' } }],
    ['for an attendee without an address', { attendee: { address: '  ', displayName: 'Sam' } }],
    ['for an attendee address longer than a mailbox', { attendee: { address: `${'s'.repeat(250)}@contoso.example`, displayName: 'Sam' } }],
    [
      'for an attendee with a name longer than the domain keeps',
      { attendee: { address: 'sam@contoso.example', displayName: 'S'.repeat(LIMITS.displayName + 1) } },
    ],
    ['of an empty session id', { sessionId: '' }],
    ['of a blank session id', { sessionId: '   ' }],
    ['of a session id longer than the domain keeps', { sessionId: 'x'.repeat(257) }],
    ['of an unknown kind', { kind: 'lunch' as FollowUpRequest['kind'] }],
    ['in the past', { start: NOW - 60_000 }],
    ['further ahead than the domain allows', { start: NOW + (LIMITS.maxDaysAhead + 1) * DAY }],
    ['at no time', { start: Number.NaN }],
    ['in a zone nobody knows', { timeZone: 'Mars/Olympus' }],
    ['in a zone named the Windows way (the coach’s zone is IANA)', { timeZone: 'W. Europe Standard Time' }],
    ['with a challenge longer than the domain keeps', { challenge: 'x'.repeat(LIMITS.longText + 1) }],
    ['with a summary longer than the domain keeps', { coacheeSummary: 'x'.repeat(LIMITS.longText + 1) }],
    ['with a chosen option longer than the domain keeps', { chosenOption: 'x'.repeat(LIMITS.shortText + 1) }],
    ['with more next steps than the domain keeps', { nextSteps: Array.from({ length: LIMITS.itemsPerCollection + 1 }, () => step) }],
    ['with a next step longer than the domain keeps', { nextSteps: [{ ...step, text: 'x'.repeat(LIMITS.shortText + 1) }] }],
    ['with a next step due on a day that is not one', { nextSteps: [{ ...step, due: '2026-02-30' }] }],
    ['with a notes link longer than the domain keeps', { notesUrl: `https://stagecoach.example/${'x'.repeat(2048)}` }],
  ])('is refused before anything is sent: one %s', async (_what, overrides) => {
    const request = followUp(overrides);
    const g = gateway();
    expect(failure(await g.createFollowUp(request))).toEqual(refused);
    const scheduled = await g.scheduleFollowUp(request, '19:meeting_abc@thread.v2');
    expect(failure(scheduled.event)).toEqual(refused);
    expect(scheduled.summary).toBeNull();
    expect(sandbox.requests).toEqual([]);
  });

  it('says what is wrong, with what its sentence needs', async () => {
    const g = gateway();
    expect(failure(await g.createFollowUp(followUp({ durationMinutes: 10_000_000 })))).toEqual({
      kind: 'invalid',
      problem: 'followUpLength',
      min: LIMITS.minFollowUpMinutes,
      max: LIMITS.maxFollowUpMinutes,
      retryable: false,
    });
    expect(failure(await g.createFollowUp(followUp({ attendee: { address: 'not an address', displayName: 'Sam' } })))).toEqual({
      kind: 'invalid',
      problem: 'notAnAddress',
      purpose: 'invite',
      address: 'not an address',
      name: 'Sam',
      retryable: false,
    });
    expect(failure(await g.createFollowUp(followUp({ sessionId: '' })))).toEqual({
      kind: 'invalid',
      problem: 'noSessionId',
      retryable: false,
    });
    expect(failure(await g.createFollowUp(followUp({ timeZone: 'x'.repeat(100) })))).toMatchObject({
      problem: 'unknownTimeZone',
      timeZone: `${'x'.repeat(59)}…`,
    });
    expect(failure(await g.createFollowUp(followUp({ challenge: 'x'.repeat(LIMITS.longText + 1) })))).toMatchObject({
      problem: 'textTooLong',
      text: 'challenge',
      max: LIMITS.longText,
    });
  });

  it('still goes on the calendar at the limits', async () => {
    const g = gateway();
    const longest = followUp({ durationMinutes: LIMITS.maxFollowUpMinutes, start: NOW + LIMITS.maxDaysAhead * DAY - DAY });
    expect((await g.createFollowUp(longest)).ok).toBe(true);
    const shortest = followUp({ sessionId: 'session-2', durationMinutes: LIMITS.minFollowUpMinutes, nextSteps: [] });
    expect((await g.createFollowUp(shortest)).ok).toBe(true);
  });
});

describe('the summary in the chat', () => {
  it.each([
    ['no chat', ''],
    ['a blank chat id', '  '],
    ['a chat id with spaces in it', '19:meeting abc@thread.v2'],
    ['a chat id longer than Teams gives', `19:${'x'.repeat(600)}@thread.v2`],
  ])('is refused before anything is sent for %s', async (_what, chatId) => {
    expect(failure(await gateway().postSummaryToChat(chatId, followUp()))).toEqual(refused);
    expect(sandbox.requests).toEqual([]);
  });

  it.each<[string, Partial<FollowUpDraft>]>([
    ['of 10,000,000 minutes', { durationMinutes: 10_000_000 }],
    ['with an attendee address that is not one', { attendee: { address: 'not an address', displayName: 'Sam' } }],
    ['of an empty session id', { sessionId: '' }],
    ['with a challenge longer than the domain keeps', { challenge: 'x'.repeat(LIMITS.longText + 1) }],
  ])('is refused before anything is sent for a follow-up %s', async (_what, overrides) => {
    expect(failure(await gateway().postSummaryToChat('19:meeting_abc@thread.v2', followUp(overrides)))).toEqual(refused);
    expect(sandbox.requests).toEqual([]);
  });

  it('may still be posted once the follow-up has begun', async () => {
    const posted = await gateway().postSummaryToChat('19:meeting_abc@thread.v2', followUp({ start: NOW - 60_000 }));
    expect(posted.ok).toBe(true);
  });

  it('for a chat that cannot be one costs only the summary: the follow-up is booked, no batch is sent', async () => {
    const scheduled = await gateway().scheduleFollowUp(followUp(), '');
    expect(scheduled.event.ok).toBe(true);
    expect(failure(scheduled.summary!)).toEqual(refused);
    expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1.0/me/events']);
  });
});

describe('looking for free times', () => {
  const ask = (overrides: Partial<FollowUpSlotRequest>): FollowUpSlotRequest => ({
    attendee: { address: 'sam@contoso.example', displayName: 'Sam' },
    durationMinutes: 60,
    timeZone: 'Europe/Berlin',
    before: '2026-12-04',
    ...overrides,
  });

  it.each<[string, Partial<FollowUpSlotRequest>]>([
    ['of 10,000,000 minutes', { durationMinutes: 10_000_000 }],
    ['of no length', { durationMinutes: 0 }],
    ['with an attendee address that is not one', { attendee: { address: 'sam at contoso', displayName: 'Sam' } }],
    ['before a day that is not one', { before: '2026-12-xx' }],
    ['before a day further ahead than the domain allows', { before: '2030-01-01' }],
    ['before today', { before: '2026-01-01' }],
    ['for no suggestions', { maxCandidates: 0 }],
    ['for too many suggestions', { maxCandidates: 101 }],
    ['in a zone nobody knows', { timeZone: 'Mars/Olympus' }],
  ])('is refused before anything is sent: a search %s', async (_what, overrides) => {
    expect(failure(await gateway().findFollowUpSlots(ask(overrides)))).toEqual(refused);
    expect(sandbox.requests).toEqual([]);
  });

  it('names the date before which no time is left, for the panel to write as the coach reads dates', async () => {
    expect(failure(await gateway().findFollowUpSlots(ask({ before: '2026-12-01' })))).toEqual({
      kind: 'invalid',
      problem: 'noTimeLeft',
      before: '2026-12-01',
      retryable: false,
    });
  });
});

describe('accepting an invite', () => {
  it.each([
    ['no iCalUId', ''],
    ['a blank iCalUId', '   '],
    ['an iCalUId longer than the domain records', 'x'.repeat(513)],
  ])('is refused before anything is sent for %s', async (_what, iCalUId) => {
    expect(failure(await gateway(COACHEE).acceptInvite(iCalUId))).toEqual(refused);
    expect(sandbox.requests).toEqual([]);
  });
});
