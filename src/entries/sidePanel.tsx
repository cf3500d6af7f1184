import { SidePanel, StageView } from '../ui';
import { startMeetingSurface } from './startMeetingSurface';

// The meeting tab's page (manifest contentUrl): the side panel, where each
// participant changes the session. Teams' own "share to stage" button loads
// this same page in the meetingStage frame context: it then shows the stage view.
startMeetingSurface({
  page: 'side panel',
  surfaceFor: (frameContext) =>
    frameContext === 'meetingStage'
      ? { surface: <StageView />, sharesToStage: false }
      : { surface: <SidePanel />, sharesToStage: true, usesCalendar: true },
});
