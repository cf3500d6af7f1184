import { Link } from '@fluentui/react-components';
import type { PlanView } from '../../../domain';
import { formatDateTime } from '../../format';
import { NotesEmpty, NotesSection, useNotesStyles } from '../Notes';
import { StepItem, type TickStepFn } from './StepItem';

/** A link only to a web page: anything else (javascript:, data:) is left out. */
function webLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface FollowUpPlanViewProps {
  plan: PlanView;
  /** Ticks the viewer's own steps. */
  onTick: TickStepFn;
}

/**
 * The plan a follow-up meeting is about: the challenge, the chosen option,
 * the coachee's summary in their own words, when the follow-up is, and every
 * next step. Every text is the users' own, shown as text.
 */
export function FollowUpPlanView({ plan, onTick }: FollowUpPlanViewProps) {
  const notes = useNotesStyles();
  const coachee = plan.coachee?.name ?? 'the coachee';
  // Recorded with the event at closure; left out when the session has none.
  const notesHref = webLink(plan.notesUrl);
  return (
    <div className={notes.document}>
      <NotesSection title="Challenge">
        {plan.challenge ? (
          <p className={notes.text} dir="auto">
            {plan.challenge}
          </p>
        ) : (
          <NotesEmpty>No challenge was agreed.</NotesEmpty>
        )}
      </NotesSection>
      <NotesSection title="Chosen option">
        {plan.chosenOption ? (
          <p className={notes.text} dir="auto">
            {plan.chosenOption}
          </p>
        ) : (
          <NotesEmpty>No option was chosen.</NotesEmpty>
        )}
      </NotesSection>
      <NotesSection title={`In ${coachee}’s words`}>
        {plan.coacheeSummary ? (
          <blockquote className={notes.quote} dir="auto">
            {plan.coacheeSummary}
          </blockquote>
        ) : (
          <NotesEmpty>No summary was written.</NotesEmpty>
        )}
      </NotesSection>
      <NotesSection title="Follow-up">
        <p className={notes.text}>
          {plan.followUpStart === null ? (
            'No time was chosen.'
          ) : (
            <time dateTime={new Date(plan.followUpStart).toISOString()}>{formatDateTime(plan.followUpStart)}</time>
          )}
        </p>
      </NotesSection>
      <NotesSection title="Next steps">
        {plan.steps.length === 0 ? (
          <NotesEmpty>No next steps were agreed.</NotesEmpty>
        ) : (
          <ul className={notes.plainList}>
            {plan.steps.map((step) => (
              <StepItem key={step.id} step={step} onTick={step.mine ? onTick : undefined} />
            ))}
          </ul>
        )}
      </NotesSection>
      {notesHref && (
        <p className={notes.text}>
          <Link href={notesHref} target="_blank" rel="noopener noreferrer">
            Open the session notes
          </Link>
        </p>
      )}
    </div>
  );
}
