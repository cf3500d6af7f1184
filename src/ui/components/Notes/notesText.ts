import { STAGE_LABELS, type CauseReview, type StepReview } from '../../../domain';
import type { NotesConfidence, NotesPerson, NotesStageChange } from './sessionNotes';

// The sentences the notes and their Markdown export share, so both say the same.

/** "Sam Coachee (coachee)"; a name alone for someone who left or observes. */
export function describePerson(person: NotesPerson): string {
  return person.role === 'coach' || person.role === 'coachee' ? `${person.name} (${person.role})` : person.name;
}

/** "Alex Coach went back from Plan to Learn", without the time or the reason. */
export function describeChange(change: NotesStageChange): string {
  const { from, to, by } = change;
  if (from === null) return `The session started in ${STAGE_LABELS[to]}`;
  const verb = change.direction === 'back' ? 'went back' : change.forced ? 'advanced anyway' : 'moved on';
  const unmet = change.forced ? `, though ${STAGE_LABELS[from]}’s criteria were not met` : '';
  const low = change.lowConfidence !== null ? `, at confidence ${change.lowConfidence} of 5` : '';
  return `${by.name} ${verb} from ${STAGE_LABELS[from]} to ${STAGE_LABELS[to]}${unmet}${low}`;
}

/** "4 of 5", and for a low value whether the pair went on anyway: what the notes say of the confidence gate. */
export function describeConfidence(confidence: NotesConfidence): string {
  const value = `${confidence.value} of 5`;
  if (!confidence.low) return value;
  const anyway = confidence.wentOnAnyway;
  return anyway
    ? `${value}, low: ${anyway.by.name} chose to go on to Close anyway`
    : `${value}, low: something may be missing from the plan`;
}

export function loopsLabel(loopsBack: number): string {
  if (loopsBack === 0) return 'no loops back';
  return `${loopsBack} ${loopsBack === 1 ? 'loop' : 'loops'} back`;
}

export const STEP_REVIEW_LABELS: Readonly<Record<StepReview, string>> = {
  done: 'Done',
  notDone: 'Not done',
  dropped: 'Dropped',
};

export const CAUSE_REVIEW_LABELS: Readonly<Record<CauseReview, string>> = {
  right: 'Turned out right',
  wrong: 'Turned out wrong',
  unsure: 'Not sure yet',
};
