import { makeStyles, tokens } from '@fluentui/react-components';

// The meeting chat pane: as wide as Teams' chat beside a meeting, never wider
// than the window. Adaptive Card actions are the renderer's own buttons
// (class ac-pushButton), dressed here as Fluent's secondary buttons.
const ACTION = '& .ac-pushButton';

export const useChatStyles = makeStyles({
  pane: { width: '480px', maxWidth: '100%', boxSizing: 'border-box' },
  messages: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  message: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  // The viewer's own messages, set apart as Teams does.
  own: { backgroundColor: tokens.colorBrandBackground2, marginLeft: tokens.spacingHorizontalXXL },
  header: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', margin: 0 },
  sender: { fontWeight: tokens.fontWeightSemibold },
  time: { color: tokens.colorNeutralForeground2 },
  // Text a person typed: their line breaks kept, long words broken rather than overflowing.
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    overflowWrap: 'anywhere',
    [ACTION]: {
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      fontWeight: tokens.fontWeightSemibold,
      lineHeight: tokens.lineHeightBase300,
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorNeutralBackground1,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      minHeight: '32px',
      cursor: 'pointer',
      maxWidth: '100%',
    },
    [`${ACTION}:hover`]: { backgroundColor: tokens.colorNeutralBackground1Hover },
    [`${ACTION}:focus-visible`]: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});
