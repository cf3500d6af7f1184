import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The page: one column, readable at a personal tab's full width and at 320 px. */
export const useMyCoachingSurfaceStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '960px',
    minWidth: 0,
    marginLeft: 'auto',
    marginRight: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { ...typographyStyles.title3, margin: 0 },
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, minWidth: 0 },
  partTitle: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground2, textTransform: 'uppercase' },
});
