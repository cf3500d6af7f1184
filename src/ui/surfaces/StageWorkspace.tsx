import { Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { criteriaFor, STAGES, stageIndex, type Stage } from '../../domain';
import type { SharedTimer } from '../../ports';
import { criterionReader } from '../content/criterionText';
import { CriteriaList } from '../components/CriteriaList';
import { Guidance, stagePurpose } from '../components/Guidance';
import { StageControls } from '../components/StageControls';
import { StageTimer } from '../components/StageTimer';
import { richWords } from '../components/shared';
import { stageLabel } from '../format';
import { useWords } from '../words';
import { preloadStageForms, STAGE_FORMS, type StageFormsProps } from './stageForms';
import { useSidePanelStyles } from './useSidePanelStyles.styles';

/** Long enough for first paint to finish, short enough that a stage change rarely waits. */
const FORMS_PRELOAD_DELAY_MS = 1_000;

export interface StageWorkspaceProps extends StageFormsProps {
  /** The session's shared stage timer, when the store has one. */
  timer?: SharedTimer;
  /** False while a panel painted from the device waits for the live session to seat this user. @default true */
  seated?: boolean;
}

/**
 * Whether a stage change should take focus to the new stage: when focus was
 * on the way there (the stage controls, one of their dialogs) or lost with a
 * control that went away. Someone typing elsewhere while the other person
 * moves on keeps their place, and a panel the user is not in (they are in
 * the meeting chat, say) never pulls focus into itself.
 */
function focusFollowsStage(): boolean {
  if (!document.hasFocus()) return false;
  const active = document.activeElement;
  return !active || active === document.body || active.closest('[role="dialog"], [role="alertdialog"], [data-stage-controls]') !== null;
}

/** The current stage: its purpose, criteria, guidance, what to capture in it, and the way on (or back). */
export function StageWorkspace(props: StageWorkspaceProps) {
  const { session, role, selfId, commands, timer } = props;
  const styles = useSidePanelStyles();
  const words = useWords();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { stage } = session;
  const label = stageLabel(words, stage);
  const reader = useMemo(() => criterionReader(words, session.participants, role, selfId), [words, session.participants, role, selfId]);

  // The current stage's forms load on render; the others once first paint is done.
  useEffect(() => {
    const id = setTimeout(() => void preloadStageForms(), FORMS_PRELOAD_DELAY_MS);
    return () => clearTimeout(id);
  }, []);

  // A stage change made from here (or while focus was nowhere) lands on the new stage's
  // heading, so keyboard and screen-reader users start where the work now is.
  const shownStage = useRef(stage);
  useEffect(() => {
    if (shownStage.current === stage) return;
    shownStage.current = stage;
    if (focusFollowsStage()) headingRef.current?.focus();
  }, [stage]);

  // Stages visited in this panel stay mounted, hidden: a stage change then
  // only toggles visibility, and a draft typed in Learn survives a trip to Plan.
  const [visited, setVisited] = useState<ReadonlySet<Stage>>(() => new Set([stage]));
  if (!visited.has(stage)) setVisited(new Set([...visited, stage]));

  return (
    <section aria-labelledby={headingId} className={styles.stage} data-stage={stage}>
      <div className={styles.stageHeader}>
        <div className={styles.stageTopRow}>
          <p className={styles.eyebrow} aria-hidden>
            {words.t('panel.workspace.stageOf', { number: stageIndex(stage) + 1, total: STAGES.length })}
          </p>
          {timer && <StageTimer timer={timer} canControl={role === 'coach'} />}
        </div>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.stageHeading}>
          {/* The stage's name for the eye; the whole sentence for screen readers. */}
          {richWords(words, 'panel.workspace.currentStage', { stage: label }, {}, (piece, key) => (
            <span key={key} className={styles.visuallyHidden}>
              {piece}
            </span>
          ))}
        </h2>
        <p className={styles.purpose}>{stagePurpose(words, stage, role)}</p>
      </div>
      <CriteriaList
        criteria={criteriaFor(session, stage)}
        label={words.t('panel.workspace.criteriaFor', { stage: label })}
        reader={reader}
      />
      <Guidance stage={stage} role={role} />

      {STAGES.filter((s) => s === stage || visited.has(s)).map((s) => {
        const Forms = STAGE_FORMS[s].Component;
        return (
          <div key={s} hidden={s !== stage} className={s === stage ? styles.forms : undefined}>
            <Suspense fallback={<p role="status">{words.t('panel.workspace.loadingTools', { stage: stageLabel(words, s) })}</p>}>
              <Forms {...props} />
            </Suspense>
          </div>
        );
      })}

      <StageControls
        session={session}
        role={role}
        seated={props.seated ?? true}
        reader={reader}
        onAdvance={commands.advance}
        onAdvanceAnyway={commands.advanceAnyway}
        onGoBack={commands.goBack}
        onRecordConfidence={commands.recordConfidence}
      />
    </section>
  );
}
