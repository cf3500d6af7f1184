import { Suspense, useEffect, useId } from 'react';
import { criteriaFor, STAGE_LABELS } from '../../domain';
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

  const Forms = STAGE_FORMS[stage].Component;

  return (
    <section aria-labelledby={headingId} className={styles.stage}>
      <h2 id={headingId} className={styles.stageHeading}>
        Current stage: {label}
      </h2>
      <Guidance stage={stage} role={role} />
      <CriteriaList criteria={criteriaFor(session, stage)} label={`Criteria for ${label}`} />

      <Suspense fallback={<p role="status">Loading the {label} tools…</p>}>
        {/* Keyed by stage: each stage's forms are a different component. */}
        <Forms key={stage} {...props} />
      </Suspense>

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
