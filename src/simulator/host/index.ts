export { SimulatedTeamsHost } from './simulatedTeamsHost';
export { answer } from './answer';
export type { FrameStatus, HostEffect, HostView, Outcome, SavedConfig } from './answer';
export { fillTheme, sameOriginPage } from './appUrl';
export { legacyContext, meetingDetails, chatIdOf, SIM_TENANT_ID } from './meeting';
export type { SimFrame, SimFrameContext, SimMeeting, SimPerson } from './meeting';
export { hostEvent, parseRequest, replyTo } from './messages';
export type { HostEvent, HostReply, HostRequest } from './messages';
export { RUNTIME, initializeReply } from './runtime';
