import { useWords } from '../../words';
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
  const words = useWords();
  if (!confidence) return null;
  const anyway = confidence.wentOnAnyway;
  const facts: [string, string][] = [
    [words.t('notes.confidence.label'), describeConfidence(words, confidence)],
    [words.t('notes.confidence.recorded'), words.dateTime(confidence.at)],
    ...(anyway
      ? ([
          [
            words.t('notes.confidence.wentOn'),
            words.t('notes.confidence.wentOnValue', { when: words.dateTime(anyway.at), value: anyway.value }),
          ],
        ] as [string, string][])
      : []),
    ...(anyway?.reason ? ([[words.t('notes.confidence.why'), anyway.reason]] as [string, string][]) : []),
  ];
  return (
    <NotesSection title={words.t('notes.confidence.title')}>
      <div data-confidence={confidence.value} data-low={confidence.low} data-went-on={anyway !== null}>
        <FactList facts={facts} />
      </div>
    </NotesSection>
  );
}
