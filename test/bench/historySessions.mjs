// Past sessions for the My coaching bench: whole sessions as the app stores
// them (the archive format, op by op, read back through the domain's reader
// before they are planted), the coach's copies in the coach's own app folder
// of a Graph sandbox. Built with the domain itself, through the sandbox's
// TypeScript hook (test/servers/graphSandbox.cjs compiles src/domain).
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const dayOf = (at) => new Date(at).toISOString().slice(0, 10);

/**
 * One closed session of `coach` with `coachee`, `index` weeks before `end`:
 * the challenge, causes, options, a chosen option, steps, confidence, the
 * summary, the follow-up invite and the affirmation, each by whoever would
 * say it (the coachee's share of options grows over the sessions).
 */
function sessionArchive(domain, { sessionId, coach, coachee, at, index }) {
  const ops = [];
  let lamport = 0;
  const today = dayOf(at);
  const due = dayOf(at + 7 * DAY);
  const say = (actor, minutes, command) =>
    ops.push({
      lamport: ++lamport,
      envelope: { id: `${sessionId}-op-${lamport}`, actorId: actor.userId, at: at + minutes * MINUTE, today, command },
    });
  say(coach, 0, { type: 'join', displayName: coach.displayName });
  say(coachee, 1, { type: 'join', displayName: coachee.displayName });
  say(coachee, 3, { type: 'stateChallenge', id: 'ch-1', text: `The weekly report slips (week ${index})` });
  say(coach, 5, { type: 'advance' });
  say(coach, 10, { type: 'agreeChallenge', versionId: 'ch-1' });
  say(coachee, 12, { type: 'addCause', id: 'cause-1', text: 'The data arrives on Thursday evening' });
  say(index % 2 ? coachee : coach, 13, { type: 'addCause', id: 'cause-2', text: 'Two reviewers sign off in turn' });
  say(coachee, 15, { type: 'addOption', id: 'opt-1', text: 'Ask for the data on Wednesday' });
  say(index % 3 ? coachee : coach, 16, { type: 'addOption', id: 'opt-2', text: 'Review in parallel' });
  say(coach, 17, { type: 'addOption', id: 'opt-3', text: 'Move the report to Monday' });
  say(coachee, 20, { type: 'advance' });
  say(coachee, 25, { type: 'chooseOption', id: 'opt-1' });
  say(coachee, 28, { type: 'addNextStep', id: 'step-1', text: 'Agree a Wednesday hand-over', ownerId: coachee.userId, due });
  say(coachee, 29, { type: 'addNextStep', id: 'step-2', text: 'Draft the template', ownerId: coachee.userId, due });
  say(coach, 32, { type: 'recordConfidence', value: 3 + (index % 3) });
  say(coach, 35, { type: 'advance' });
  say(coachee, 38, { type: 'writeCoacheeSummary', text: 'I will agree a Wednesday hand-over by next week.' });
  say(coach, 40, { type: 'planFollowUp', kind: 'statusUpdate', start: at + 7 * DAY, durationMinutes: 30 });
  say(coach, 41, { type: 'recordCoachEvent', eventId: `evt-${sessionId}`, iCalUId: `ical-${sessionId}` });
  say(coachee, 42, { type: 'recordCoacheeAcceptance' });
  say(coach, 44, { type: 'giveAffirmation', text: 'You have a solid plan.' });
  const archive = domain.archiveSession(
    { genesis: { sessionId, organizerId: coach.userId, at }, ops },
    { copyFor: 'coach', coachNotes: null },
    at + 50 * MINUTE,
  );
  const file = domain.serializeArchive(archive);
  if (!file.ok) throw new Error(`${sessionId} is too large`);
  // Planted only if the app would read every op of it back.
  const read = domain.readArchiveText(file.text);
  if (!read.ok || read.dropped.length > 0)
    throw new Error(`${sessionId} does not read back: ${JSON.stringify(read.ok ? read.dropped : read.detail)}`);
  return file.text;
}

/**
 * Plants `count` past sessions of `coach` (one a week, with each coachee in
 * turn, the newest last week) in the coach's own app folder, with the history
 * index their saves would have written beside them (a line per file, its
 * facts for insights: src/domain/historyIndex.ts). Returns their ids, newest first.
 */
export function plantSessions(repo, sandbox, { count, coach, coachees, end = Date.now() }) {
  const domain = require(path.join(repo, 'src/domain/index.ts'));
  const { archiveFileName, HISTORY_INDEX_FILE } = require(path.join(repo, 'src/graph/archiveFileNames.ts'));
  const ids = [];
  const lines = [];
  for (let index = 0; index < count; index++) {
    const sessionId = `bench-history-${String(index).padStart(3, '0')}`;
    const at = end - (count - index) * 7 * DAY;
    const text = sessionArchive(domain, { sessionId, coach, coachee: coachees[index % coachees.length], at, index });
    const eTag = sandbox.putDriveFile(coach.userId, `sessions/${archiveFileName(sessionId)}`, text);
    // As a save writes it: the version just written, when it was (to the millisecond, near enough).
    lines.push(domain.historyIndexEntry(domain.readArchiveText(text).state, { eTag, lastModified: Date.now() }));
    ids.unshift(sessionId);
  }
  sandbox.putDriveFile(coach.userId, HISTORY_INDEX_FILE, domain.serializeHistoryIndex(lines));
  return ids;
}
