import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { VISUALLY_HIDDEN } from '../components/shared';

/**
 * The Teams side panel is 280–320 px wide: one column that wraps within it.
 * The page is Teams' canvas grey; the current stage is the one card on it, so
 * the eye lands on the work at hand.
 */
export const useSidePanelStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    // Long unbroken strings (an address) may wrap anywhere; words break only where they must.
    overflowWrap: 'break-word',
  },
  connecting: {
    display: 'flex',
    justifyContent: 'center',
    padding: tokens.spacingVerticalXXL,
  },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  identity: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  // Teams titles the panel with the app's name already: the h1 is for the page outline only.
  title: VISUALLY_HIDDEN,
  who: { ...typographyStyles.body1, margin: 0 },
  name: { ...typographyStyles.body1Strong },
  // A badge in Fluent's tint look, as a span so the sentence stays one paragraph.
  role: {
    ...typographyStyles.caption1Strong,
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    color: tokens.colorBrandForeground2,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  roleObserver: {
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  statusLines: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  status: { ...typographyStyles.caption1Strong, color: tokens.colorPaletteDarkOrangeForeground1, margin: 0 },
  // The stepper stays in view while the forms scroll under it: where you are
  // and what is missing must always be visible. usePinnedHeight keeps focus clear of it.
  stepperBar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  soFar: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  stage: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // High contrast draws no shadows: the card keeps an edge of its own.
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  stageHeader: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  stageTopRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '24px',
  },
  eyebrow: { ...typographyStyles.caption1Strong, color: tokens.colorBrandForeground1, margin: 0 },
  stageHeading: {
    ...typographyStyles.title3,
    margin: 0,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  purpose: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  forms: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  folded: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
  },
  note: {
    ...typographyStyles.caption1,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  visuallyHidden: VISUALLY_HIDDEN,
});
