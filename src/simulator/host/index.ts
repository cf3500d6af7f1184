export { SimulatedTeamsHost } from './simulatedTeamsHost';
export { answer } from './answer';
export type { FrameStatus, HostEffect, HostView, Outcome, SavedConfig } from './answer';
export { fillTheme, sameOriginPage } from './appUrl';
export { legacyContext, meetingDetails, chatIdOf, idSpellingFrom, localeFrom, PERSONAL_ENTITY_ID, SIM_TENANT_ID } from './meeting';
export type { IdSpelling, SimFrame, SimFrameContext, SimMeeting, SimPerson } from './meeting';
export { hostEvent, parseRequest, replyTo } from './messages';
export type { HostEvent, HostReply, HostRequest } from './messages';
export { RUNTIME, initializeReply } from './runtime';
export { answerInteractive, EMPTY_INTERACTIVE, isInteractive, rolesOf } from './interactive';
export type { InteractiveContext, InteractiveOutcome, InteractiveState, MeetingRole, RegisteredClient } from './interactive';
export {
  answerNestedAppAuth,
  homeAccountIdOf,
  idTokenClaims,
  isNestedAppAuth,
  NESTED_APP_AUTH,
  SIM_ENVIRONMENT,
  TOKEN_LIFETIME_SECONDS,
} from './nestedAppAuth';
export type { NestedAppAuthOutcome, TokenGrant } from './nestedAppAuth';
