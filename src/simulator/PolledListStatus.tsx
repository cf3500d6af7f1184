import { Text } from '@fluentui/react-components';
import type { PolledList } from './usePolledList';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

export interface PolledListStatusProps {
  state: PolledList<unknown>;
  /** What failed to load, as in "To Do unavailable: …". */
  source: string;
  /** Shown when the list loaded empty. */
  empty: string;
}

/** The line a polled list shows while loading, on failure, or when empty; nothing once it has items. */
export function PolledListStatus({ state, source, empty }: PolledListStatusProps) {
  const styles = useSimulatorStyles();
  if (state.kind === 'loading') {
    return (
      <Text as="p" size={200} className={styles.status}>
        Loading…
      </Text>
    );
  }
  if (state.kind === 'error') {
    return (
      <Text as="p" size={200} className={styles.error}>
        {source} unavailable: {state.message}
      </Text>
    );
  }
  if (state.items.length === 0) {
    return (
      <Text as="p" size={200} className={styles.status}>
        {empty}
      </Text>
    );
  }
  return null;
}
