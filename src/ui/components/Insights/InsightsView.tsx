import { memo, useEffect, useMemo, useRef } from 'react';
import { coachInsightsFromFacts, ownInsightsFromFacts, type SessionFacts, type TaskDone, type UserId } from '../../../domain';
import { useWords } from '../../words';
import { CoachInsights } from './CoachInsights';
import { OwnProgress } from './OwnProgress';
import { useInsightsStyles } from './useInsightsStyles.styles';

export interface InsightsViewProps {
  /** What insights need of each of the user's own stored sessions, as My coaching read them (or their index, until then). */
  facts: readonly SessionFacts[];
  userId: UserId;
  /** The user's own task list: it decides only the user's own steps' done-ness. */
  ownTaskDone: TaskDone;
  /** Called once every chart has been drawn at its width. */
  onDrawn(): void;
}

/** Every chart in `root` has its drawing (the chart's own svg, sized to its box). */
function chartsDrawn(root: HTMLElement): boolean {
  return [...root.querySelectorAll('[data-insight-chart]')].every((chart) => {
    const svg = chart.querySelector('svg[role="region"]');
    return svg !== null && Number(svg.getAttribute('width')) > 0;
  });
}

/** Tells `onDrawn` once the charts have measured their boxes and drawn (they draw a second time, after layout). */
function useWhenDrawn(onDrawn: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (!chartsDrawn(root)) return;
      observer.disconnect();
      onDrawn();
    };
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['width'] });
    check();
    return () => observer.disconnect();
  }, [onDrawn]);
  return ref;
}

/**
 * The insights chunk's view: as coach, per coachee and across them; as
 * coachee, their own progress. A user who is both sees both.
 */
function InsightsViewOf({ facts, userId, ownTaskDone, onDrawn }: InsightsViewProps) {
  const styles = useInsightsStyles();
  const words = useWords();
  const coachees = useMemo(() => coachInsightsFromFacts(facts, userId), [facts, userId]);
  const own = useMemo(() => ownInsightsFromFacts(facts, userId, ownTaskDone), [facts, userId, ownTaskDone]);
  const ref = useWhenDrawn(onDrawn);
  return (
    <div ref={ref} className={styles.root}>
      {coachees.length > 0 && <CoachInsights coachees={coachees} />}
      {own.sessions.length > 0 && <OwnProgress own={own} />}
      {coachees.length === 0 && own.sessions.length === 0 && <p className={styles.empty}>{words.t('insights.none')}</p>}
    </div>
  );
}

/** Drawn again only when what it shows changes: My coaching draws often while older sessions are read. */
export const InsightsView = memo(InsightsViewOf);

export default InsightsView;
