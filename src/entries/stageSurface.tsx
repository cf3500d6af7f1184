import { StageView } from '../ui';
import type { SurfaceChoice } from './startMeetingSurface';

/** The meeting stage, whether Teams loads the stage page or the side panel's page on the stage. */
export const stageSurface = (): SurfaceChoice => ({
  surface: <StageView />,
  whileWaiting: <StageView waitingForOrganizer />,
  sharesToStage: false,
});
