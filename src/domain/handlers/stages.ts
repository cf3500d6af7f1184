import { LOW_CONFIDENCE } from '../confidence';
import { criteriaFor } from '../criteria';
import { LIMITS } from '../limits';
import { reject, type ApplyResult } from '../result';
import { roleOf } from '../roles';
import type { Envelope } from '../commands';
import type { SessionState, TimelineEntry } from '../session';
import { nextStage, stageIndex, type Stage } from '../stages';
import { timelineEntry, withStageChange } from '../timeline';
import { applied, type Handler } from './types';

/** Every stage change goes through here, so the timeline can never miss one. */
function moveTo(
  state: SessionState,
  envelope: Envelope,
  to: Stage,
  reason: string | undefined,
  forced: boolean,
  lowConfidence?: number,
): ApplyResult {
  const { timeline } = state;
  if (timelineEntry(timeline, envelope.id) !== undefined) {
    return reject('conflict', { key: 'stageChangeRecorded' });
  }
  if (timeline.size >= LIMITS.timelineEntries) {
    return reject('limit', { key: 'tooMany', collection: 'stageChanges', max: LIMITS.timelineEntries });
  }
  const entry: TimelineEntry = {
    id: envelope.id,
    seq: timeline.last.seq + 1,
    at: envelope.at,
    actorId: envelope.actorId,
    from: state.stage,
    to,
    forced,
    ...(reason === undefined ? {} : { reason }),
    ...(lowConfidence === undefined ? {} : { lowConfidence }),
  };
  return applied({ ...state, stage: to, timeline: withStageChange(timeline, entry) });
}

export const advance: Handler<'advance'> = (state, command, envelope) => {
  const to = nextStage(state.stage);
  if (to === null) return reject('conflict', { key: 'lastStage' });

  if (to === 'close') {
    if (roleOf(state, envelope.actorId) !== 'coach') {
      return reject('forbidden', { key: 'onlyCoachMovesToClose' });
    }
    // The confidence gate comes before "advance anyway": forcing past it would
    // skip the one check that tells whether the plan is missing something.
    if (state.confidence === null) {
      return reject('criteriaUnmet', { key: 'confidenceBeforeClose' });
    }
  }

  const missing = criteriaFor(state, state.stage).filter((c) => !c.met);
  if (missing.length > 0 && !command.force) {
    return reject('criteriaUnmet', { key: 'stageUnfinished', stage: state.stage, missing: missing.map((c) => c.id) });
  }
  // Going on to Close at low confidence is the pair's call, and the timeline keeps it:
  // derived from the state at that moment, so every client records the same.
  const confidence = state.confidence?.value;
  const lowConfidence = to === 'close' && confidence !== undefined && confidence <= LOW_CONFIDENCE ? confidence : undefined;
  return moveTo(state, envelope, to, command.reason, missing.length > 0, lowConfidence);
};

export const goBack: Handler<'goBack'> = (state, command, envelope) => {
  if (stageIndex(command.to) >= stageIndex(state.stage)) {
    return reject('invalid', { key: 'goBackOnlyEarlier' });
  }
  return moveTo(state, envelope, command.to, command.reason, false);
};
