import { stageSurface } from './stageSurface';
import { startMeetingSurface } from './startMeetingSurface';

// The page the side panel's "Show on stage" shares (manifest context
// meetingStage): the same session, large and read-only, for everyone.
startMeetingSurface({ page: 'stage', surfaceFor: stageSurface });
