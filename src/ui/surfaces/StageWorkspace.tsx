import { Suspense, useEffect, useId, useState } from 'react';
import { criteriaFor, STAGE_LABELS, STAGES, type Stage } from '../../domain';
import { CriteriaList } from '../components/CriteriaList';
import { Guidance } from '../components/Guidance';
import { StageControls } from '../components/StageControls';
import { preloadStageForms, STAGE_FORMS, type StageFormsProps } from './stageForms';
import { useSidePanelStyles } from './useSidePanelStyles.styles';

/** Long enough for first paint to finish, short enough that a stage change rarely waits. */
const FORMS_PRELOAD_DELAY_MS = 1_000;

/** The current stage: its guidance, its criteria, what to capture in it, and the way on (or back). */
export function StageWorkspace(props: StageFormsProps) {
  const { session, role, commands } = props;
  const styles = useSidePanelStyles();
  const headingId = useId();
  const { stage } = session;
  const label = STAGE_LABELS[stage];

  // The current stage's forms load on render; the others once first paint is done.
  useEffect(() => {
    const id = setTimeout(() => void preloadStageForms(), FORMS_PRELOAD_DELAY_MS);
    return () => clearTimeout(id);
  }, []);

  // Stages visited in this panel stay mounted, hidden: a stage change then
  // only toggles visibility, and a draft typed in Learn survives a trip to Plan.
  const [visited, setVisited] = useState<ReadonlySet<Stage>>(() => new Set([stage]));
  if (!visited.has(stage)) setVisited(new Set([...visited, stage]));

  return (
    <section aria-labelledby={headingId} className={styles.stage}>
      <h2 id={headingId} className={styles.stageHeading}>
        Current stage: {label}
      </h2>
      <Guidance stage={stage} role={role} />
      <CriteriaList criteria={criteriaFor(session, stage)} label={`Criteria for ${label}`} />

      {STAGES.filter((s) => s === stage || visited.has(s)).map((s) => {
        const Forms = STAGE_FORMS[s].Component;
        return (
          <div key={s} hidden={s !== stage}>
            <Suspense fallback={<p role="status">Loading the {STAGE_LABELS[s]} tools…</p>}>
              <Forms {...props} />
            </Suspense>
          </div>
        );
      })}

      <StageControls
        session={session}
        role={role}
        onAdvance={commands.advance}
        onAdvanceAnyway={commands.advanceAnyway}
        onGoBack={commands.goBack}
        onRecordConfidence={commands.recordConfidence}
      />
    </section>
  );
}
