import { createElement, useId, type ReactNode } from 'react';
import type { PlanStepView, UserId } from '../../../domain';
import { personName } from '../../format';
import { useWords } from '../../words';
import { useFollowUpPlanStyles } from './useFollowUpPlanStyles.styles';

/** Each owner's steps under a heading of this level naming them ("Your steps", "Sam’s steps"), the viewer's own first unless `mineLast`. */
export interface ByOwner {
  headingLevel: 3 | 4 | 5;
  mineLast?: boolean;
}

export interface StepGroupsProps {
  /** In due order. */
  steps: readonly PlanStepView[];
  /** Without it, one list with the owner beside each step. */
  byOwner?: ByOwner;
  /** One step's list item; `showOwner` is false under a heading that names the owner. */
  renderStep(step: PlanStepView, showOwner: boolean): ReactNode;
}

interface Group {
  ownerId: UserId;
  mine: boolean;
  ownerName: string | null;
  steps: PlanStepView[];
}

function groupsOf(steps: readonly PlanStepView[], mineLast: boolean): Group[] {
  const groups = new Map<UserId, Group>();
  for (const s of steps) {
    const group = groups.get(s.ownerId) ?? { ownerId: s.ownerId, mine: s.mine, ownerName: s.ownerName, steps: [] };
    group.steps.push(s);
    groups.set(s.ownerId, group);
  }
  // Stable: owners in the order their first step falls due; the viewer's own moved to the front (or the back).
  return [...groups.values()].sort((a, b) => (a.mine === b.mine ? 0 : a.mine !== mineLast ? -1 : 1));
}

function OwnerGroup({ group, level, renderStep }: { group: Group; level: ByOwner['headingLevel'] } & Pick<StepGroupsProps, 'renderStep'>) {
  const styles = useFollowUpPlanStyles();
  const words = useWords();
  const headingId = useId();
  const title = group.mine
    ? words.t('afterMeeting.steps.yours')
    : words.t('afterMeeting.steps.theirs', { name: personName(words, group.ownerName) });
  return (
    <div className={styles.group} data-owner={group.mine ? 'mine' : 'theirs'}>
      {createElement(`h${level}`, { id: headingId, className: styles.groupTitle, dir: 'auto' }, title)}
      <ul className={styles.steps} aria-labelledby={headingId}>
        {group.steps.map((step) => renderStep(step, false))}
      </ul>
    </div>
  );
}

/** A plan's next steps as lists, grouped by owner or not; what each item is, `renderStep` says. */
export function StepGroups({ steps, byOwner, renderStep }: StepGroupsProps) {
  const styles = useFollowUpPlanStyles();
  if (!byOwner) return <ul className={styles.steps}>{steps.map((step) => renderStep(step, true))}</ul>;
  return (
    <div className={styles.groups}>
      {groupsOf(steps, byOwner.mineLast === true).map((group) => (
        <OwnerGroup key={group.ownerId} group={group} level={byOwner.headingLevel} renderStep={renderStep} />
      ))}
    </div>
  );
}
