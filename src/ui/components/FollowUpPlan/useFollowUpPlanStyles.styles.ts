import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { CARD } from '../shared';

/**
 * Fluent's medium Checkbox draws a 16 px indicator: the due-date line under a
 * step the viewer ticks starts where its text does, after the indicator.
 */
const STEP_MARKER = '16px';
/** Where a step's text starts: the marker, then the Checkbox's own gap before its label. */
const STEP_INDENT = `calc(${STEP_MARKER} + ${tokens.spacingHorizontalS} + ${tokens.spacingHorizontalXS})`;

/**
 * The plan in a task pane as narrow as 280 px: one column; words wrap whole
 * (overflow-wrap break-word breaks only a word too long for any line, such as
 * an address, and never changes how narrow a box may get).
 */
export const useFollowUpPlanStyles = makeStyles({
  plan: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL, minWidth: 0 },
  card: CARD,
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  sectionHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sectionTitle: { ...typographyStyles.subtitle2, margin: 0 },
  progress: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground2 },
  fact: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  factLabel: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground2 },
  factLead: { ...typographyStyles.body1Strong, margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'break-word' },
  factText: { ...typographyStyles.body1, margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'break-word' },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },

  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0 },
  step: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottomStyle: 'none' },
  },
  // The Checkbox's indicator sits in its own margin: pulled back so it lines up with the text around it.
  checkbox: { display: 'flex', alignItems: 'flex-start', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, minWidth: 0 },
  checkboxLabel: { minWidth: 0, paddingRight: 0, color: tokens.colorNeutralForeground1 },
  // Fluent's Checkbox label is greyed until checked; a step's text reads the same either way.
  stepText: {
    ...typographyStyles.body1,
    margin: 0,
    color: tokens.colorNeutralForeground1,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    minWidth: 0,
  },
  // A read-only step starts where a checkbox's label does (Fluent pads the label by spacingVerticalS).
  plainText: { paddingTop: tokens.spacingVerticalS },
  doneText: { color: tokens.colorNeutralForeground2 },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  indented: { paddingLeft: STEP_INDENT },
  owner: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, overflowWrap: 'break-word', minWidth: 0 },
  pending: { columnGap: tokens.spacingHorizontalXS },
  failure: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
  groups: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  groupTitle: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'break-word' },

  quote: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
  },
  footer: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  followUp: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  notesLink: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  linkIcon: { flexShrink: 0 },
});
