import { mergeClasses } from '@fluentui/react-components';
import { Suspense } from 'react';
import type { SessionState } from '../../domain';
import { OwnCopyStatusLine } from '../components/OwnCopy';
import { ParticipantRoles } from '../components/ParticipantRoles';
import { SessionConnection } from '../components/PendingChanges';
import { privateNotesSection } from '../components/PrivateNotes';
import { RecordIntegrityNotice } from '../components/RecordIntegrity';
import { ShowOnStageButton } from '../components/ShowOnStage';
import { StageOutcomes } from '../components/StageOutcomes';
import { PathTaken, StageStepper } from '../components/StageStepper';
import { richWords } from '../components/shared';
import { roleLabel } from '../format';
import { useCommands, useNow, usePorts, useSession } from '../hooks';
import { useWords } from '../words';
import { StageWorkspace } from './StageWorkspace';
import { usePinnedHeight } from './usePinnedHeight';
import { useSidePanelStyles } from './useSidePanelStyles.styles';

/** Time in stage is shown in minutes; a quarter-minute tick keeps it at most 15 s late. */
const STEPPER_TICK_MS = 15_000;

/** Only the stepper re-renders on the clock tick, not the forms. */
function TimedStageStepper({ session, showPath }: { session: SessionState; showPath: boolean }) {
  const now = useNow(STEPPER_TICK_MS);
  return <StageStepper session={session} now={now} showPath={showPath} />;
}

/**
 * The meeting side panel, for a 280–320 px column: who you are, where the
 * conversation is (pinned), what the finished stages settled, then the
 * current stage's work and the way on; people and private notes folded below.
 */
export function SidePanel() {
  const styles = useSidePanelStyles();
  const words = useWords();
  const { self, clock, stage, store, ownCopySaving, privateNotes } = usePorts();
  const { session, status, role, present, integrity } = useSession();
  const commands = useCommands();
  const pinnedRef = usePinnedHeight();
  // Before the live session seats this user (a panel painted from the device), their role is still to come.
  const roleToCome = status === 'connecting' && session !== null && !Object.hasOwn(session.participants, self.userId);

  if (!session) {
    return (
      // Plain text, not a Spinner: it is on screen for a moment and the Spinner costs first-paint bytes.
      <p role="status" className={styles.connecting}>
        {words.t('panel.connection.connecting')}
      </p>
    );
  }

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <div className={styles.identity}>
          <h1 className={styles.title}>Stagecoach</h1>
          <p className={styles.who}>
            {richWords(words, 'panel.identity', {
              name: <span className={styles.name}>{self.displayName}</span>,
              role: (
                <span
                  className={mergeClasses(styles.role, (roleToCome || role === 'observer') && styles.roleObserver)}
                  data-role={roleToCome ? 'toCome' : role}
                >
                  {roleToCome ? words.t('panel.identity.roleToCome') : roleLabel(words, role)}
                </span>
              ),
            })}
          </p>
        </div>
        {/* Sharing the stage is for the pair: an observer following along does not drive the meeting's screen. */}
        {stage && role !== 'observer' && <ShowOnStageButton stage={stage} />}
      </header>
      <div className={styles.statusLines}>
        <SessionConnection status={status} className={styles.status} />
        {ownCopySaving && role !== 'observer' && <OwnCopyStatusLine saving={ownCopySaving} />}
        <RecordIntegrityNotice integrity={integrity} participants={session.participants} />
      </div>
      <div ref={pinnedRef} className={styles.stepperBar}>
        <TimedStageStepper session={session} showPath={false} />
      </div>
      <div className={styles.soFar}>
        <PathTaken session={session} />
        <StageOutcomes session={session} />
      </div>
      {/* While connecting, someone without a place in the session shown may yet be coach or coachee. */}
      {role === 'observer' && status !== 'connecting' && <p className={styles.note}>{words.t('panel.observerNote')}</p>}
      <StageWorkspace
        session={session}
        role={role}
        seated={!roleToCome}
        selfId={self.userId}
        today={clock.today()}
        commands={commands}
        timer={store.timer}
      />
      <div className={styles.folded}>
        <ParticipantRoles
          participants={session.participants}
          selfId={self.userId}
          role={role}
          present={present}
          onAssign={commands.assignRole}
        />
        {/* The coach's alone: never in the shared session; the coachee and observers never see it. */}
        {privateNotes && role === 'coach' && (
          <Suspense fallback={null}>
            <privateNotesSection.Component notes={privateNotes} now={clock.now} />
          </Suspense>
        )}
      </div>
    </main>
  );
}
