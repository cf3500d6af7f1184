import type { SessionState } from '../../domain';
import { OwnCopyStatusLine } from '../components/OwnCopy';
import { ParticipantRoles } from '../components/ParticipantRoles';
import { SessionConnection } from '../components/PendingChanges';
import { PrivateNotesSection } from '../components/PrivateNotes';
import { RecordIntegrityNotice } from '../components/RecordIntegrity';
import { ShowOnStageButton } from '../components/ShowOnStage';
import { StageStepper } from '../components/StageStepper';
import { StageTimer } from '../components/StageTimer';
import { ROLE_LABELS } from '../format';
import { useCommands, useNow, usePorts, useSession } from '../hooks';
import { StageWorkspace } from './StageWorkspace';
import { useSidePanelStyles } from './useSidePanelStyles.styles';

/** Time in stage is shown in minutes; a quarter-minute tick keeps it at most 15 s late. */
const STEPPER_TICK_MS = 15_000;

/** Only the stepper re-renders on the clock tick, not the forms. */
function TimedStageStepper({ session }: { session: SessionState }) {
  const now = useNow(STEPPER_TICK_MS);
  return <StageStepper session={session} now={now} />;
}

/** The meeting side panel: where you are, what is missing, what to capture, and the way on. */
export function SidePanel() {
  const styles = useSidePanelStyles();
  const { self, clock, stage, store, ownCopySaving, privateNotes } = usePorts();
  const { session, status, role, present, integrity } = useSession();
  const commands = useCommands();

  if (!session) {
    return (
      // Plain text, not a Spinner: it is on screen for a moment and the Spinner costs first-paint bytes.
      <p role="status" className={styles.connecting}>
        Connecting…
      </p>
    );
  }

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>Stagecoach</h1>
        <p className={styles.who}>
          You are {self.displayName} · {ROLE_LABELS[role]}
        </p>
        {stage && <ShowOnStageButton stage={stage} />}
        <SessionConnection status={status} className={styles.status} />
        {ownCopySaving && role !== 'observer' && <OwnCopyStatusLine saving={ownCopySaving} />}
        <RecordIntegrityNotice integrity={integrity} participants={session.participants} />
      </header>
      <div className={styles.stepperBar}>
        <TimedStageStepper session={session} />
      </div>
      {store.timer && <StageTimer timer={store.timer} canControl={role === 'coach'} />}
      {/* While connecting, someone without a place in the session shown may yet be coach or coachee. */}
      {role === 'observer' && status !== 'connecting' && (
        <p className={styles.note}>You are observing this session: only the coach and the coachee can change it.</p>
      )}
      <ParticipantRoles
        participants={session.participants}
        selfId={self.userId}
        role={role}
        present={present}
        onAssign={commands.assignRole}
      />
      <StageWorkspace session={session} role={role} selfId={self.userId} today={clock.today()} commands={commands} />
      {/* The coach's alone: never in the shared session; the coachee and observers never see it. */}
      {privateNotes && role === 'coach' && <PrivateNotesSection notes={privateNotes} now={clock.now} />}
    </main>
  );
}
