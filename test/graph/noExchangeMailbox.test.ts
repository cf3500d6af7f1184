// A user whose mailbox is not in Exchange Online (a guest, or a mailbox kept
// on-premises): Graph answers their calendar and To Do with 404
// MailboxNotEnabledForRESTAPI. Said as such, never as a task deleted meanwhile
// or a meeting not found, and never offered again: trying cannot help.
import { GraphCalendarGateway, GraphEventLookup, GraphTaskGateway } from '../../src/graph';
import type { GraphFailure, GraphOutcome } from '../../src/ports';
import { english } from '../fixtures/words';
import { SIMULATOR_USERS, startGraphSandbox, type GraphSandbox } from './sandbox/graphSandbox';
import { COACH, COACHEE, NOW, sandboxClientOptions, slotRequest } from './helpers';

let sandbox: GraphSandbox;
beforeEach(async () => {
  sandbox = await startGraphSandbox({
    users: SIMULATOR_USERS.map((u) => (u.userId === COACHEE || u.userId === COACH ? { ...u, exchangeOnline: false } : u)),
  });
});
afterEach(() => sandbox.close());

const failure = <T>(outcome: GraphOutcome<T>): GraphFailure | null => (outcome.ok ? null : outcome.failure);
const NO_MAILBOX = { kind: 'notFound', what: 'exchangeMailbox', retryable: false };

it('To Do: says the account has no Exchange Online mailbox, and writes nothing', async () => {
  const tasks = new GraphTaskGateway({ ...sandboxClientOptions(sandbox.baseUrl, COACHEE), timeZone: 'Europe/Berlin' });
  const notes = { url: 'https://stagecoach.example/notes', label: english.t('documents.tasks.notesLink') };
  const steps = [{ stepId: 's1', text: 'Draft the message to Kim', due: '2026-12-10', done: false }];
  expect(failure(await tasks.syncSessionTasks('session-1', steps, notes))).toMatchObject(NO_MAILBOX);
  expect(failure(await tasks.setTaskDone('session-1', 's1', true))).toMatchObject(NO_MAILBOX);
  expect(sandbox.requests.filter((r) => r.method !== 'GET')).toEqual([]);
});

it('the calendar: looking up the invite says so too, not that the meeting is gone', async () => {
  const lookup = new GraphEventLookup(sandboxClientOptions(sandbox.baseUrl, COACHEE));
  expect(failure(await lookup.eventById('AAMk-any'))).toMatchObject(NO_MAILBOX);
  expect(failure(await lookup.eventByICalUId('040000008200E00074C5B7101A82E008-any', NOW))).toMatchObject(NO_MAILBOX);
});

it('follow-up times for a coach without one: said so, after Graph refused both ways to find them', async () => {
  const calendar = new GraphCalendarGateway({ ...sandboxClientOptions(sandbox.baseUrl, COACH), now: () => NOW });
  const slots = await calendar.findFollowUpSlots(slotRequest());
  expect(failure(slots)).toMatchObject(NO_MAILBOX);
});
