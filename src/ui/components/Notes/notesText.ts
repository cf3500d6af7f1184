import type { CauseReview, Stage, StepReview } from '../../../domain';
import type { Words } from '../../../words';
import { stageLabel } from '../../format';
import type { NotesConfidence, NotesPerson, NotesStageChange } from './sessionNotes';

// The sentences the notes and their Markdown export share, so both say the same.

/** A person's name; a neutral stand-in for someone who has left the roster. */
export function personName(words: Words, person: NotesPerson): string {
  return person.name ?? words.t('notes.person.left');
}

/** "Sam Coachee (coachee)"; a name alone for someone who left or observes. */
export function describePerson(words: Words, person: NotesPerson): string {
  const name = personName(words, person);
  return person.role === 'coach' || person.role === 'coachee' ? words.t('notes.person.withRole', { name, role: person.role }) : name;
}

/** "Alex Coach went back from Plan to Learn.", without the time or the reason. */
export function describeChange(words: Words, change: NotesStageChange): string {
  const { from, to, by } = change;
  if (from === null) return words.t('notes.change.started', { stage: stageLabel(words, to) });
  const values = { name: personName(words, by), from: stageLabel(words, from), to: stageLabel(words, to) };
  if (change.direction === 'back') return words.t('notes.change.back', values);
  if (change.forced) {
    return change.lowConfidence === null
      ? words.t('notes.change.forced', values)
      : words.t('notes.change.forcedLow', { ...values, value: change.lowConfidence });
  }
  return change.lowConfidence === null
    ? words.t('notes.change.forward', values)
    : words.t('notes.change.forwardLow', { ...values, value: change.lowConfidence });
}

/** "4 of 5", and for a low value whether the pair went on anyway: what the notes say of the confidence gate. */
export function describeConfidence(words: Words, confidence: NotesConfidence): string {
  const { value } = confidence;
  if (!confidence.low) return words.t('notes.confidence.value', { value });
  const anyway = confidence.wentOnAnyway;
  return anyway
    ? words.t('notes.confidence.lowWentOn', { value, name: personName(words, anyway.by), stage: stageLabel(words, 'close') })
    : words.t('notes.confidence.lowMissing', { value });
}

/** The stages in the order taken, joined by arrows that point the reading direction. */
export function pathText(words: Words, path: readonly Stage[]): string {
  return path.map((s) => stageLabel(words, s)).join(` ${words.t('notes.timeline.arrow')} `);
}

export function stepReviewLabel(words: Words, review: StepReview): string {
  switch (review) {
    case 'done':
      return words.t('notes.stepReview.done');
    case 'notDone':
      return words.t('notes.stepReview.notDone');
    case 'dropped':
      return words.t('notes.stepReview.dropped');
  }
}

export function causeReviewLabel(words: Words, review: CauseReview): string {
  switch (review) {
    case 'right':
      return words.t('notes.causeReview.right');
    case 'wrong':
      return words.t('notes.causeReview.wrong');
    case 'unsure':
      return words.t('notes.causeReview.unsure');
  }
}
