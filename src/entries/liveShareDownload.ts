// Nothing but a name: startMeetingSurface imports this module into the
// chunk group named "liveShare", the one '../sync/liveShare' loads with, so
// importing it downloads and installs Live Share's and Fluid's chunks without
// evaluating a line of them. Evaluating them comes later, with the real import.
export const LIVE_SHARE_DOWNLOADED = true;
