import { lazy, memo, Suspense, useId, useState } from 'react';
import type { Participant, Role, UserId } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { roleLabel } from '../../format';
import { useWords } from '../../words';
import { Disclosure, useSectionStyles } from '../shared';

// The coach's controls (Select, Field) load only when the section is opened:
// most 1:1s never need them, and first paint has a byte budget.
const RoleControls = lazy(() => import('./RoleControls'));

export interface ParticipantRolesProps {
  participants: Record<UserId, Participant>;
  selfId: UserId;
  role: Role;
  /** Who has the panel open now; empty when the store cannot tell. */
  present: readonly { userId: UserId }[];
  onAssign(userId: UserId, role: Role): DispatchResult;
}

const byName = (a: Participant, b: Participant) => a.displayName.localeCompare(b.displayName);

/**
 * Who is who in the session. Roles come from the meeting (organizer coaches,
 * the next to join is coached); the coach can correct that: pick the coachee
 * in a meeting of three or more, or hand the coach seat over.
 */
export const ParticipantRoles = memo(function ParticipantRoles({ participants, selfId, role, present, onAssign }: ParticipantRolesProps) {
  const styles = useSectionStyles();
  const words = useWords();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const people = Object.values(participants).sort(byName);
  const others = people.filter((p) => p.userId !== selfId);
  const coacheeId = people.find((p) => p.role === 'coachee')?.userId ?? null;
  const here = new Set(present.map((p) => p.userId));

  return (
    <Disclosure
      onToggle={setOpen}
      summary={
        <>
          <span id={headingId}>{words.t('panel.people.summary', { count: people.length })}</span>
          {here.size > 0 && <span className={styles.hint}> {words.t('panel.people.hereCount', { count: here.size })}</span>}
        </>
      }
    >
      <ul aria-labelledby={headingId} className={styles.list}>
        {people.map((p) => (
          <li key={p.userId} className={styles.text}>
            {words.t(p.userId === selfId ? 'panel.people.personSelf' : 'panel.people.person', {
              name: p.displayName,
              role: roleLabel(words, p.role),
            })}
            {here.has(p.userId) && <span className={styles.hint}> {words.t('panel.people.hereNow')}</span>}
          </li>
        ))}
      </ul>
      {open && role === 'coach' && others.length > 0 && (
        <Suspense fallback={<p role="status">{words.t('common.loading')}</p>}>
          <RoleControls others={others} coacheeId={coacheeId} onAssign={onAssign} />
        </Suspense>
      )}
    </Disclosure>
  );
});
