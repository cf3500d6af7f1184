import type { LocalDate, Role, SessionState, UserId } from '../../../domain';
import type { Commands } from '../../hooks';

/** What every stage's capture forms get from the side panel. */
export interface StageFormsProps {
  session: SessionState;
  role: Role;
  selfId: UserId;
  today: LocalDate;
  commands: Commands;
}
