import type { FrameContext } from '../ports';
import { NotesView, SidePanel } from '../ui';
import { stageSurface } from './stageSurface';
import { startMeetingSurface, type SurfaceChoice } from './startMeetingSurface';

// The meeting tab's page (manifest contentUrl): the side panel, where each
// participant changes the session. Teams loads this same page elsewhere too:
// on the meeting stage (its own "share to stage" button), it shows the stage
// view; in the meeting's details and chat tabs (frame context `content`), the
// notes, whose code is a chunk of its own that the side panel never loads.
function surfaceFor(frameContext: FrameContext | null): SurfaceChoice {
  switch (frameContext) {
    case 'meetingStage':
      return stageSurface();
    case 'content':
      return { surface: <NotesView />, sharesToStage: false, readsOwnCopy: true, readsHistory: true };
    default:
      // Drawn from this device's copy of the session (or a fresh one) before Live Share
      // connects, changes queued until it has: the panel is usable in a second.
      return { surface: <SidePanel />, sharesToStage: true, usesCalendar: true, keepsOwnCopy: true, paintsFromDevice: true };
  }
}

startMeetingSurface({ page: 'side panel', surfaceFor });
