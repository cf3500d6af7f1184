import { useCallback, useId, useSyncExternalStore } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Command, CommandType } from '../../../domain';
import type { ConnectionStatus } from '../../../ports';
import type { PendingChanges, PendingChangesStatus as Status, RefusedChange } from '../../../ports';
import type { MessageId, Words } from '../../../words';
import { failureText } from '../../content/failures';
import { refusalText } from '../../content/refusals';
import { stageLabel } from '../../format';
import { usePorts } from '../../hooks';
import { useWords } from '../../words';
import { StatusLine } from '../shared';

const useStyles = makeStyles({
  refused: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
    ...typographyStyles.caption1,
  },
  heading: { ...typographyStyles.caption1Strong, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Partial: a command type added later reads as "A change" until it has words here. */
const CHANGE_LABELS: Readonly<Partial<Record<CommandType, MessageId>>> = {
  join: 'panel.change.join',
  assignRole: 'panel.change.assignRole',
  advance: 'panel.change.advance',
  goBack: 'panel.change.goBack',
  stateChallenge: 'panel.change.stateChallenge',
  removeChallenge: 'panel.change.removeChallenge',
  agreeChallenge: 'panel.change.agreeChallenge',
  addCause: 'panel.change.addCause',
  editCause: 'panel.change.editCause',
  removeCause: 'panel.change.removeCause',
  addOption: 'panel.change.addOption',
  editOption: 'panel.change.editOption',
  removeOption: 'panel.change.removeOption',
  chooseOption: 'panel.change.chooseOption',
  addNextStep: 'panel.change.addNextStep',
  editNextStep: 'panel.change.editNextStep',
  setNextStepDone: 'panel.change.setNextStepDone',
  removeNextStep: 'panel.change.removeNextStep',
  recordConfidence: 'panel.change.recordConfidence',
  writeCoacheeSummary: 'panel.change.writeCoacheeSummary',
  giveAffirmation: 'panel.change.giveAffirmation',
  planFollowUp: 'panel.change.planFollowUp',
  recordCoachEvent: 'panel.change.recordCoachEvent',
  recordCoacheeAcceptance: 'panel.change.recordCoacheeAcceptance',
  carryOver: 'panel.change.carryOver',
  reviewCarriedStep: 'panel.change.reviewCarriedStep',
  reportCarriedDone: 'panel.change.reportCarriedDone',
  reviewCarriedCause: 'panel.change.reviewCarriedCause',
};

const MAX_QUOTE = 80;

/** A refused change in words: what it was and, for typed text, the text itself. */
export function describeChange(words: Words, command: Command): string {
  const change = words.t(CHANGE_LABELS[command.type] ?? 'panel.change.other');
  const text = 'text' in command && typeof command.text === 'string' ? command.text.trim() : '';
  if (!text) return change;
  return words.t('panel.change.quoted', { change, text: text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text });
}

/** What becomes of the changes made meanwhile, once connected. */
const waiting = (words: Words, queued: number) =>
  queued === 0 ? words.t('panel.connection.sentOnceLive') : words.t('panel.connection.waiting', { count: queued });

/** The connection's line: each sentence a message of its own, joined as a paragraph. */
function sentence(words: Words, status: Status): string {
  switch (status.kind) {
    case 'connecting': {
      const then = status.joined ? waiting(words, status.queued) : words.t('panel.connection.roleComes');
      const shown =
        status.from !== 'device'
          ? words.t('panel.connection.noCopy', { stage: stageLabel(words, 'open') })
          : status.savedAt !== null
            ? words.t('panel.connection.fromDeviceAsOf', { time: words.time(status.savedAt) })
            : words.t('panel.connection.fromDevice');
      return status.organizerAway ? `${shown} ${words.t('panel.connection.waitingForOrganizer')} ${then}` : `${shown} ${then}`;
    }
    case 'failed':
      return `${words.t('panel.connection.failed', { detail: failureText(words, status.failure) })} ${waiting(words, status.queued)}`;
    case 'connected':
      return '';
  }
}

const NONE: Status = { kind: 'connected', refused: [] };
const noSubscription = () => () => undefined;

/** The status of the changes made while connecting; "connected, none refused" where the panel did not paint early. */
export function usePendingStatus(pending: PendingChanges | undefined): Status {
  const subscribe = useCallback((listener: () => void) => (pending ? pending.subscribe(listener) : noSubscription()), [pending]);
  const getStatus = useCallback(() => (pending ? pending.getStatus() : NONE), [pending]);
  return useSyncExternalStore(subscribe, getStatus);
}

function RefusedList({ refused, onDismiss }: { refused: readonly RefusedChange[]; onDismiss(): void }) {
  const styles = useStyles();
  const words = useWords();
  const headingId = useId();
  return (
    <div role="alert" aria-labelledby={headingId} className={styles.refused}>
      <p id={headingId} className={styles.heading}>
        {words.t('panel.refused.heading', { count: refused.length })}
      </p>
      <ul className={styles.list}>
        {refused.map((change, i) => (
          <li key={i}>
            {words.t('panel.refused.item', { change: describeChange(words, change.command), reason: refusalText(words, change.reason) })}
          </li>
        ))}
      </ul>
      <Button size="small" appearance="secondary" onClick={onDismiss}>
        {words.t('panel.dismiss')}
      </Button>
    </div>
  );
}

/**
 * Where a panel that painted before Live Share connected stands: a quiet
 * status line while it shows this device's copy (never passed off as live),
 * with "Try again" when connecting failed; then, once live, the changes made
 * meanwhile that the session refused, until dismissed.
 */
export function PendingChangesStatus({ pending }: { pending: PendingChanges }) {
  const words = useWords();
  const status = usePendingStatus(pending);
  return (
    <>
      <StatusLine keeping={pending} sentence={(s) => sentence(words, s)} label={words.t('panel.connection.label')} />
      {status.kind === 'connected' && status.refused.length > 0 && (
        <RefusedList refused={status.refused} onDismiss={() => pending.dismissRefused()} />
      )}
    </>
  );
}

/**
 * The panel's connection, in its header: from this device's copy while
 * connecting (PendingChangesStatus), else the live store's own word when it
 * is not connected (still connecting, or offline).
 */
export function SessionConnection({ status, className }: { status: ConnectionStatus; className?: string }) {
  const words = useWords();
  const { pendingChanges } = usePorts();
  const early = usePendingStatus(pendingChanges);
  return (
    <>
      {pendingChanges && <PendingChangesStatus pending={pendingChanges} />}
      {/* Until the live store takes over, the line above says why the panel is not live. */}
      {early.kind === 'connected' && status === 'connecting' && (
        <p role="status" className={className}>
          {words.t('panel.connection.connecting')}
        </p>
      )}
      {early.kind === 'connected' && status === 'offline' && (
        <p role="status" className={className}>
          {words.t('panel.connection.offline')}
        </p>
      )}
    </>
  );
}
