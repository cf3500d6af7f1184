export { ParticipantRoles } from './ParticipantRoles';
export type { ParticipantRolesProps } from './ParticipantRoles';
