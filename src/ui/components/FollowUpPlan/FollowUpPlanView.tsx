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

/** A part that is one text in the users' own words, or a sentence saying there is none. */
function TextSection({ title, text, emptyText }: { title: string; text: string | null; emptyText: string }) {
  const notes = useNotesStyles();
  return (
    <NotesSection title={title}>
      {text ? (
        <p className={notes.text} dir="auto">
          {text}
        </p>
      ) : (
        <NotesEmpty>{emptyText}</NotesEmpty>
      )}
    </NotesSection>
  );
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
      <TextSection title="Challenge" text={plan.challenge} emptyText="No challenge was agreed." />
      <TextSection title="Chosen option" text={plan.chosenOption} emptyText="No option was chosen." />
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
