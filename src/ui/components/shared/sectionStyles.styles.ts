import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { GROW_WITH_TEXT } from './growWithText';

/** Shared look of the capture sections, so every stage form reads the same. */
export const useSectionStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    // A select is as wide as its longest option ("Sam (coachee)" runs longer in other
    // languages): fields and selects take the form's width, never more.
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Select, & .fui-Select__select': { minWidth: 0, maxWidth: '100%' },
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    // Long unbroken words (URLs) must wrap inside the 320 px panel.
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  text: {
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  /** For a Textarea's `textarea` slot: it grows with what is typed. */
  grow: GROW_WITH_TEXT,
});
