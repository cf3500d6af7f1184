import { useCallback, useId, useSyncExternalStore } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Command, CommandType } from '../../../domain';
import type { ConnectionStatus } from '../../../ports';
import type { PendingChanges, PendingChangesStatus as Status, RefusedChange } from '../../../ports';
import { usePorts } from '../../hooks';
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
const CHANGE_LABELS: Readonly<Partial<Record<CommandType, string>>> = {
  join: 'Joining the session',
  assignRole: 'A role change',
  advance: 'Moving to the next stage',
  goBack: 'Going back a stage',
  stateChallenge: 'The challenge',
  removeChallenge: 'Removing the challenge',
  agreeChallenge: 'Agreeing to the challenge',
  addCause: 'A cause',
  editCause: 'An edited cause',
  removeCause: 'Removing a cause',
  addOption: 'An option',
  editOption: 'An edited option',
  removeOption: 'Removing an option',
  chooseOption: 'The chosen option',
  addNextStep: 'A next step',
  editNextStep: 'An edited next step',
  setNextStepDone: 'A next step done or not',
  removeNextStep: 'Removing a next step',
  recordConfidence: 'The confidence in the plan',
  writeCoacheeSummary: 'The summary',
  giveAffirmation: 'The affirmation',
  planFollowUp: 'The follow-up plan',
  recordCoachEvent: 'The follow-up on the calendar',
  recordCoacheeAcceptance: 'Accepting the follow-up',
  carryOver: 'Last time’s plan',
  reviewCarriedStep: 'A review of last time’s step',
  reportCarriedDone: 'Last time’s steps done',
  reviewCarriedCause: 'A review of last time’s cause',
};

const MAX_QUOTE = 80;

/** A refused change in words: what it was and, for typed text, the text itself. */
export function describeChange(command: Command): string {
  const label = CHANGE_LABELS[command.type] ?? 'A change';
  const text = 'text' in command && typeof command.text === 'string' ? command.text.trim() : '';
  if (!text) return label;
  return `${label}: “${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text}”`;
}

const timeOf = (at: number) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(at));

const waiting = (queued: number) =>
  queued === 0
    ? 'Changes you make now are sent once it is.'
    : `${queued} ${queued === 1 ? 'change waits' : 'changes wait'} to be sent once it is.`;

function sentence(status: Status): string {
  switch (status.kind) {
    case 'connecting': {
      const then = status.joined ? waiting(status.queued) : 'Your role and your changes come with the connection.';
      return status.from === 'device'
        ? `Connecting… Shown from this device${status.savedAt !== null ? ` (as of ${timeOf(status.savedAt)})` : ''}, not live yet. ${then}`
        : `Connecting… Not live yet: this device has no copy of this session, so it starts in Open. ${then}`;
    }
    case 'failed':
      return `Not connected: ${status.message} Shown from this device. ${waiting(status.queued)}`;
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
  const headingId = useId();
  return (
    <div role="alert" aria-labelledby={headingId} className={styles.refused}>
      <p id={headingId} className={styles.heading}>
        {refused.length === 1
          ? 'A change you made while connecting was not applied:'
          : `${refused.length} changes you made while connecting were not applied:`}
      </p>
      <ul className={styles.list}>
        {refused.map((change, i) => (
          <li key={i}>
            {describeChange(change.command)}. {change.reason}
          </li>
        ))}
      </ul>
      <Button size="small" appearance="secondary" onClick={onDismiss}>
        Dismiss
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
  const status = usePendingStatus(pending);
  return (
    <>
      <StatusLine keeping={pending} sentence={sentence} label="Connection" />
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
  const { pendingChanges } = usePorts();
  const early = usePendingStatus(pendingChanges);
  return (
    <>
      {pendingChanges && <PendingChangesStatus pending={pendingChanges} />}
      {/* Until the live store takes over, the line above says why the panel is not live. */}
      {early.kind === 'connected' && status === 'connecting' && (
        <p role="status" className={className}>
          Connecting…
        </p>
      )}
      {early.kind === 'connected' && status === 'offline' && (
        <p role="status" className={className}>
          Offline: changes from others will appear when the connection returns.
        </p>
      )}
    </>
  );
}
