// A realistic session log for the fold bench: a coach and a coachee going
// round Open → Learn → Plan (→ Close) and back, restating, adding and editing
// causes, options and steps on the way, and an observer whose changes the
// domain refuses. Built as plain logged ops (lamport = position), without
// the domain, so building it costs nothing whatever the fold costs.

export const T0 = Date.UTC(2026, 10, 25, 9, 0);
const TODAY = '2026-11-25';
const NEXT_WEEK = '2026-12-02';
export const GENESIS = { sessionId: 's-bench', organizerId: 'u-coach', at: T0 };
export const COACH = 'u-coach';
export const COACHEE = 'u-coachee';
const OBSERVER = 'u-observer';

/** `count` ops in log order. */
export function sessionOps(count = 5000) {
  const ops = [];
  const send = (actorId, command) => {
    if (ops.length >= count) return;
    const n = ops.length + 1;
    const id = `op-${String(n).padStart(6, '0')}`;
    ops.push({ lamport: n, envelope: { id, actorId, at: T0 + n * 1000, today: TODAY, command } });
  };

  send(COACH, { type: 'join', displayName: 'Alex Coach' });
  send(COACHEE, { type: 'join', displayName: 'Sam Coachee' });
  send(OBSERVER, { type: 'join', displayName: 'Robin Observer' });
  let version = 0;
  const restate = () => {
    version += 1;
    send(COACHEE, { type: 'stateChallenge', id: `ch-${version}`, text: `The weekly report slips, take ${version}.` });
    send(COACH, { type: 'agreeChallenge', versionId: `ch-${version}` });
  };
  restate();

  let causes = 0;
  let options = 0;
  let steps = 0;
  for (let round = 0; ops.length < count; round++) {
    const pick = (n) => round % n;
    send(COACH, { type: 'advance' }); // open → learn
    if (round % 6 === 5) restate();
    if (causes < 20) send(COACHEE, { type: 'addCause', id: `cause-${causes++}`, text: `Cause ${causes}` });
    send(COACH, { type: 'editCause', id: `cause-${pick(causes)}`, text: `Cause, reworded in round ${round}` });
    if (options < 12) send(COACHEE, { type: 'addOption', id: `opt-${options++}`, text: `Option ${options}` });
    if (options < 12) send(COACH, { type: 'addOption', id: `opt-${options++}`, text: `Option ${options}` });
    send(COACHEE, { type: 'editOption', id: `opt-${pick(options)}`, text: `Option, reworded in round ${round}` });
    if (round % 10 === 0) send(OBSERVER, { type: 'addCause', id: `obs-${round}`, text: 'An observer cannot add this' });

    // Learn ⇄ Plan three times, one change each time: the loops the timeline is there for.
    for (let loop = 0; loop < 3; loop++) {
      send(COACHEE, { type: 'advance' }); // learn → plan
      const edit = (round * 3 + loop) % 4;
      if (edit === 0) send(COACHEE, { type: 'chooseOption', id: `opt-${pick(options)}` });
      if (edit === 1 && steps < 15) {
        send(COACHEE, { type: 'addNextStep', id: `step-${steps++}`, text: `Step ${steps}`, ownerId: COACHEE, due: NEXT_WEEK });
      } else if (edit === 1) {
        send(COACH, { type: 'editNextStep', id: `step-${pick(steps)}`, text: `Step, reworded in round ${round}` });
      }
      if (edit === 2) send(COACHEE, { type: 'setNextStepDone', id: `step-${pick(steps)}`, done: round % 2 === 0 });
      if (edit === 3) send(COACH, { type: 'recordConfidence', value: 1 + (round % 5) });
      if (loop < 2) send(COACH, { type: 'goBack', to: 'learn', reason: 'Low confidence: back to the causes' });
    }

    if (round % 3 === 2) {
      send(COACH, { type: 'advance' }); // plan → close
      send(COACHEE, { type: 'writeCoacheeSummary', text: `I will act on option ${pick(options) + 1} by next week.` });
      send(COACH, { type: 'giveAffirmation', text: 'You know this team better than anyone.' });
    }
    send(COACHEE, { type: 'goBack', to: 'open', reason: 'Another look at the challenge' });
  }
  return ops;
}

/** `count` ops that only go Open ⇄ Learn: the timeline at its limit (LIMITS.timelineEntries). */
export function stageChangeOps(count = 5000) {
  const ops = [];
  const send = (actorId, command) => {
    const n = ops.length + 1;
    ops.push({ lamport: n, envelope: { id: `op-${String(n).padStart(6, '0')}`, actorId, at: T0 + n * 1000, today: TODAY, command } });
  };
  send(COACH, { type: 'join', displayName: 'Alex Coach' });
  send(COACHEE, { type: 'join', displayName: 'Sam Coachee' });
  send(COACHEE, { type: 'stateChallenge', id: 'ch-1', text: 'The weekly report slips.' });
  while (ops.length < count) send(COACH, ops.length % 2 === 1 ? { type: 'advance' } : { type: 'goBack', to: 'open' });
  return ops;
}

/** A change the coachee made offline at `lamport`, arriving only now. */
export function lateOp(lamport) {
  return {
    lamport,
    envelope: {
      id: `late-${lamport}`,
      actorId: COACHEE,
      at: T0 + lamport * 1000 + 1,
      today: TODAY,
      command: { type: 'addCause', id: `late-cause-${lamport}`, text: 'A cause written offline' },
    },
  };
}
