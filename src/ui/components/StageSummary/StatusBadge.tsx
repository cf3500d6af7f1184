import { Badge, type BadgeProps } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, Circle20Regular, Clock20Regular } from '@fluentui/react-icons';
import { useStageSummaryStyles } from './useStageSummaryStyles.styles';

/** How a state looks: done, waiting on someone, or not yet begun. */
export type StatusTone = 'done' | 'waiting' | 'notYet';

const COLORS: Readonly<Record<StatusTone, BadgeProps['color']>> = {
  done: 'success',
  waiting: 'warning',
  notYet: 'informative',
};

/** Each tone has its own icon shape (check, clock, empty circle): colour is only the third cue, after words and shape. */
const ICONS = { done: CheckmarkCircle20Filled, waiting: Clock20Regular, notYet: Circle20Regular } as const;

export interface StatusBadgeProps {
  tone: StatusTone;
  /** The state as code, for tests and styling: `created`, `accepted`, `done`… */
  state: string;
  /** The state in words. */
  children: string;
  /** Smaller, for a step's state within a list. @default false */
  small?: boolean;
}

/** A state as a Fluent badge: icon and text. */
export function StatusBadge({ tone, state, children, small = false }: StatusBadgeProps) {
  const styles = useStageSummaryStyles();
  const Icon = ICONS[tone];
  return (
    <Badge
      appearance="tint"
      color={COLORS[tone]}
      shape="rounded"
      size={small ? 'large' : 'extra-large'}
      icon={<Icon aria-hidden />}
      data-state={state}
      className={small ? styles.smallBadge : styles.badge}
    >
      {children}
    </Badge>
  );
}
