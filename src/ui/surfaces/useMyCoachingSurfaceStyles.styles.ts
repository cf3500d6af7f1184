import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The page's widest line: past it the cards would stretch into long, hard-to-read rows. */
const PAGE_MAX = '72rem';
/**
 * From this width the open steps (two thirds) keep about 28rem beside the
 * next follow-up card (one third); narrower, the cards stack, most urgent first.
 */
const TWO_COLUMNS_FROM = '720px';
/** A paragraph's longest comfortable line, for the sentence shown when there is nothing yet. */
const READABLE_LINE = '40rem';

/** The personal tab's page: a Teams canvas with cards on it, one column at 320 px, two at 1024 px. */
export const useMyCoachingSurfaceStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
  column: {
    boxSizing: 'border-box',
    maxWidth: PAGE_MAX,
    marginLeft: 'auto',
    marginRight: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXL,
    minWidth: 0,
  },
  title: { ...typographyStyles.title2, margin: 0 },
  overview: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    [`@media (min-width: ${TWO_COLUMNS_FROM})`]: { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)' },
  },
  meta: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  hint: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2, maxWidth: READABLE_LINE },
});
