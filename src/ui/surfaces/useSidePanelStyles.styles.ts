import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The Teams side panel is 320 px wide; everything stacks in one column and wraps within it. */
export const useSidePanelStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    overflowWrap: 'anywhere',
  },
  connecting: {
    display: 'flex',
    justifyContent: 'center',
    padding: tokens.spacingVerticalXXL,
  },
  // The stepper stays in view while the forms scroll under it: where you are
  // and what is missing must always be visible.
  stepperBar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBottom: tokens.spacingVerticalXS,
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  who: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  status: { ...typographyStyles.caption1Strong, color: tokens.colorPaletteDarkOrangeForeground1, margin: 0 },
  stage: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  stageHeading: { ...typographyStyles.subtitle2, margin: 0 },
  note: {
    ...typographyStyles.caption1,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});
