import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/**
 * Lines longer than this stop being readable, even on a wall screen: past it
 * the stage centres its content instead of stretching it.
 */
const MAX_CONTENT_WIDTH = '1600px';

/** The meeting stage is the whole meeting window: a calm page a little darker than its cards. */
export const useStageViewStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  content: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXXL,
    maxWidth: MAX_CONTENT_WIDTH,
    marginLeft: 'auto',
    marginRight: 'auto',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
  },
  title: { ...typographyStyles.subtitle1, margin: 0, color: tokens.colorBrandForeground1 },
  people: { ...typographyStyles.body2, margin: 0, color: tokens.colorNeutralForeground2 },
  loading: { ...typographyStyles.body2, margin: 0, color: tokens.colorNeutralForeground2 },
  connecting: { display: 'flex', justifyContent: 'center', textAlign: 'center', padding: tokens.spacingVerticalXXL },
});
