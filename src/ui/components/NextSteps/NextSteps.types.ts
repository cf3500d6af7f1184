import type { ItemId, LocalDate, NextStep, Participant, Role, UserId } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import type { Words } from '../../../words';

export interface NextStepsProps {
  steps: Record<ItemId, NextStep>;
  participants: Record<UserId, Participant>;
  role: Role;
  /** Today in the user's time zone: the earliest due date offered. */
  today: LocalDate;
  onAdd(step: { text: string; ownerId: UserId; due: LocalDate }): DispatchResult;
  onEdit(id: ItemId, changes: { text?: string; ownerId?: UserId; due?: LocalDate }): DispatchResult;
  onSetDone(id: ItemId, done: boolean): DispatchResult;
  onRemove(id: ItemId): DispatchResult;
}

export interface NextStepRow extends NextStep {
  ownerName: string;
  dueText: string;
}

export interface OwnerChoice {
  userId: UserId;
  /** e.g. "Ben (coachee)". */
  label: string;
}

export interface NextStepsState {
  headingId: string;
  /** The reader's words, for the render. */
  words: Words;
  rows: NextStepRow[];
  owners: OwnerChoice[];
  today: LocalDate;
  canAdd: boolean;
  canEdit: boolean;
  /** The step being edited in place, if any. */
  editingId: ItemId | null;
  setEditingId(id: ItemId | null): void;
  onEdit: NextStepsProps['onEdit'];
  canSetDone: boolean;
  canRemove: boolean;
  text: string;
  setText(text: string): void;
  ownerId: UserId;
  setOwnerId(id: UserId): void;
  due: LocalDate;
  setDue(date: LocalDate): void;
  /** Said at the text field, the due date field, and under the form (a refusal of the whole step). */
  textError: string | null;
  dueError: string | null;
  addError: string | null;
  submitNew(): void;
  rowError: { id: ItemId; message: string } | null;
  setDone(id: ItemId, done: boolean): void;
  remove(id: ItemId): void;
}
