import type { Contribution, ItemId, Participant, Role, UserId } from '../../../domain';
import type { DispatchResult } from '../../../ports';

export type ContributionKind = 'cause' | 'option';

export interface ContributionListProps {
  /** Causes (diagnosis) or options (ways forward); options show who proposed them. */
  kind: ContributionKind;
  items: Record<ItemId, Contribution>;
  participants: Record<UserId, Participant>;
  role: Role;
  onAdd(text: string): DispatchResult;
  onEdit(id: ItemId, text: string): DispatchResult;
  onRemove(id: ItemId): DispatchResult;
}

export interface ContributionRow extends Contribution {
  authorName: string;
}

export interface ContributionLabels {
  /** "Causes" / "Options". */
  title: string;
  none: string;
  newItem: string;
  add: string;
  edit: string;
  save: string;
  cancel: string;
  /** The edit and remove buttons' names, naming the item. */
  editItem(text: string): string;
  removeItem(text: string): string;
  proposedBy(name: string): string;
}

export interface ContributionListState {
  kind: ContributionKind;
  headingId: string;
  /** What the list says, worded for its kind (causes or options). */
  labels: ContributionLabels;
  /** Under the new item's field, worded for the one typing it. */
  hint: string;
  rows: ContributionRow[];
  showAuthor: boolean;
  canAdd: boolean;
  canEdit: boolean;
  canRemove: boolean;
  draft: string;
  setDraft(text: string): void;
  addError: string | null;
  submitNew(): void;
  editing: { id: ItemId; draft: string } | null;
  editError: string | null;
  startEdit(row: ContributionRow): void;
  setEditDraft(text: string): void;
  saveEdit(): void;
  cancelEdit(): void;
  removeError: { id: ItemId; message: string } | null;
  remove(id: ItemId): void;
}
