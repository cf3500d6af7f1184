import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The meeting stage is the whole meeting window: larger type, two columns when there is room. */
export const useStageViewStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    maxWidth: '1200px',
    marginLeft: 'auto',
    marginRight: 'auto',
    overflowWrap: 'anywhere',
  },
  title: { ...typographyStyles.title2, margin: 0 },
  stageHeading: { ...typographyStyles.title3, margin: 0 },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalXXL,
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  body: { ...typographyStyles.body2, margin: 0 },
  list: { ...typographyStyles.body2, margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  hint: { ...typographyStyles.body2, margin: 0, color: tokens.colorNeutralForeground2 },
  connecting: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL },
});
