import { makeStyles, tokens } from '@fluentui/react-components';
import { VISUALLY_HIDDEN } from '../ui/components/shared/visuallyHidden';

// Teams gives a meeting side panel 320 px (280 on narrow windows); the meeting
// bar's "Panel width" sets the custom property, live. The height is a laptop's worth.
export const PANEL_WIDTH_PROPERTY = '--sim-panel-width';
const SIDE_PANEL_WIDTH = `var(${PANEL_WIDTH_PROPERTY}, 320px)`;
const SIDE_PANEL_HEIGHT = '720px';
// The stage is the meeting window's main area; a 16:9 laptop-sized view.
const STAGE_WIDTH = '960px';
const STAGE_HEIGHT = '540px';

const frameBox = {
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
};

// A box under a participant's side panel, as wide as it: their calendar, their sign-ins.
const underPanel = {
  ...frameBox,
  width: SIDE_PANEL_WIDTH,
  boxSizing: 'border-box',
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXS,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
} as const;

export const useSimulatorStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  title: { margin: 0, marginRight: 'auto' },
  meeting: { fontFamily: tokens.fontFamilyMonospace },
  control: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // The panes wrap onto the next row rather than run off the side: from a
  // window of about 1,000 px on, nothing scrolls sideways (the stage and a tab are 960 px).
  panes: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXXL,
    padding: tokens.spacingHorizontalXL,
    overflowX: 'auto',
  },
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flexShrink: 0 },
  // A participant's pane is as wide as their side panel: what sits under it wraps to that width.
  participantPane: { width: SIDE_PANEL_WIDTH },
  paneHeading: { margin: 0 },
  paneBar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  frame: { ...frameBox, width: SIDE_PANEL_WIDTH, height: SIDE_PANEL_HEIGHT },
  stageFrame: { ...frameBox, width: STAGE_WIDTH, height: STAGE_HEIGHT },
  // A meeting tab fills the meeting window: as wide as the stage, as tall as a side panel.
  notesFrame: { ...frameBox, width: STAGE_WIDTH, height: SIDE_PANEL_HEIGHT },
  configFrame: { ...frameBox, width: '560px', height: '360px' },
  // Outlook's task pane is about as wide as a Teams side panel.
  taskPaneFrame: { ...frameBox, width: '100%', boxSizing: 'border-box', height: '600px' },
  calendarActions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  status: { margin: 0, color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  url: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  calendar: underPanel,
  signIns: underPanel,
  calendarList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  calendarEntry: { display: 'flex', flexDirection: 'column' },
  calendarSubject: { overflowWrap: 'anywhere' },
  // The links of an invite or a task (the session notes), as Outlook and To Do offer them.
  entryLinks: { listStyleType: 'none', margin: 0, padding: 0 },
  entryLink: { overflowWrap: 'anywhere' },
  visuallyHidden: VISUALLY_HIDDEN,
});
