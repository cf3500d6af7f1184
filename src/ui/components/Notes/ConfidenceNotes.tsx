import { formatDateTime } from '../../format';
import { FactList } from './FactList';
import { NotesSection } from './NotesSection';
import { describeConfidence } from './notesText';
import type { NotesConfidence } from './sessionNotes';

export interface ConfidenceNotesProps {
  confidence: NotesConfidence | null;
}

/**
 * The confidence gate before Close: the coach's confidence that the coachee
 * can carry out the plan and, when it was low, the choice to go on anyway
 * with its reason. Nothing shows before confidence is recorded.
 */
export function ConfidenceNotes({ confidence }: ConfidenceNotesProps) {
  if (!confidence) return null;
  const anyway = confidence.wentOnAnyway;
  const facts: [string, string][] = [
    ['Confidence', describeConfidence(confidence)],
    ['Recorded', formatDateTime(confidence.at)],
    ...(anyway ? ([['Went on anyway', `${formatDateTime(anyway.at)}, at ${anyway.value} of 5`]] as [string, string][]) : []),
    ...(anyway?.reason ? ([['Why', anyway.reason]] as [string, string][]) : []),
  ];
  return (
    <NotesSection title="Confidence in the plan">
      <div data-confidence={confidence.value} data-low={confidence.low} data-went-on={anyway !== null}>
        <FactList facts={facts} />
      </div>
    </NotesSection>
  );
}
