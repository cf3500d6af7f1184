import { useCallback, useId, useState, type ComponentType } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { DataTrending20Regular } from '@fluentui/react-icons';
import { loadOnce } from '../../../base/loadOnce';
import type { SessionFacts, TaskDone, UserId } from '../../../domain';
import { useWords } from '../../words';
import type { InsightsViewProps } from './InsightsView';

/**
 * The charts (Fluent's charts, d3) are a chunk of their own, loaded only when
 * the user opens the insights: the personal tab's first paint never carries
 * them. A failed load is forgotten, so "Try again" loads again.
 */
const loadInsightsView = loadOnce(() => import(/* webpackChunkName: "insights" */ './InsightsView'));

const useStyles = makeStyles({
  part: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    // Never on paper: printing a session's notes from this page must not take the coach's growth view along.
    '@media print': { display: 'none' },
  },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '40rem' },
  panel: { alignSelf: 'stretch', minWidth: 0 },
  status: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  problem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  warning: { ...typographyStyles.caption1, margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface MyInsightsProps {
  /** What insights need of each stored session; null until every one has them (the view waits, "loading"). */
  facts: readonly SessionFacts[] | null;
  userId: UserId;
  ownTaskDone: TaskDone;
}

type Loaded = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; View: ComponentType<InsightsViewProps> };

/**
 * "Insights" in My coaching: closed until the user asks for them. The region
 * says how far it is in `data-insights`: "loading" from the moment it opens
 * (and while some stored session has no facts yet),
 * "drawn" once every chart and sentence is on screen (the bench waits for it).
 */
export function MyInsights({ facts, userId, ownTaskDone }: MyInsightsProps) {
  const styles = useStyles();
  const words = useWords();
  const headingId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [drawn, setDrawn] = useState(false);
  const load = useCallback(() => {
    setLoaded({ kind: 'loading' });
    loadInsightsView().then(
      (module) => setLoaded({ kind: 'ready', View: module.InsightsView }),
      () => setLoaded({ kind: 'failed' }),
    );
  }, []);
  const toggle = () => {
    if (!open && loaded.kind !== 'ready') load();
    setDrawn(false);
    setOpen(!open);
  };
  const onDrawn = useCallback(() => setDrawn(true), []);
  return (
    <section aria-labelledby={headingId} className={styles.part} data-insights={open ? (drawn ? 'drawn' : 'loading') : undefined}>
      <h2 id={headingId} className={styles.title}>
        {words.t('insights.title')}
      </h2>
      <p className={styles.intro}>{words.t('insights.intro')}</p>
      <Button icon={<DataTrending20Regular />} aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        {open ? words.t('insights.hide') : words.t('insights.show')}
      </Button>
      <div id={panelId} className={styles.panel} hidden={!open}>
        {open &&
          (loaded.kind === 'ready' && facts ? (
            <loaded.View facts={facts} userId={userId} ownTaskDone={ownTaskDone} onDrawn={onDrawn} />
          ) : loaded.kind === 'failed' ? (
            <div className={styles.problem}>
              <p role="alert" className={styles.warning}>
                {words.t('insights.loadFailed')}
              </p>
              <Button size="small" onClick={load}>
                {words.t('common.tryAgain')}
              </Button>
            </div>
          ) : (
            <p role="status" className={styles.status}>
              {words.t('insights.loading')}
            </p>
          ))}
      </div>
    </section>
  );
}
