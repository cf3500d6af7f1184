import { own, type EpochMs, type FollowUpKind, type Participant, type Role, type Stage, type UserId } from '../domain';
import type { Words } from '../words';

const MINUTE_MS = 60_000;

/** "<1 min", "4 min", "1 h 5 min": minutes are as precise as a coaching conversation needs. */
export function formatDuration(words: Words, ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE_MS);
  // Words.t says the numbers in the locale's own digits (Arabic-Indic in ar-SA).
  if (minutes < 1) return words.t('common.duration.underMinute', { one: 1 });
  if (minutes < 60) return words.t('common.duration.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? words.t('common.duration.hours', { hours }) : words.t('common.duration.hoursMinutes', { hours, minutes: rest });
}

export function roleLabel(words: Words, role: Role): string {
  switch (role) {
    case 'coach':
      return words.t('common.role.coach');
    case 'coachee':
      return words.t('common.role.coachee');
    case 'observer':
      return words.t('common.role.observer');
  }
}

export function followUpKindLabel(words: Words, kind: FollowUpKind): string {
  return kind === 'statusUpdate' ? words.t('common.followUpKind.statusUpdate') : words.t('common.followUpKind.decisionMeeting');
}

export function stageLabel(words: Words, stage: Stage): string {
  switch (stage) {
    case 'open':
      return words.t('common.stage.open');
    case 'learn':
      return words.t('common.stage.learn');
    case 'plan':
      return words.t('common.stage.plan');
    case 'close':
      return words.t('common.stage.close');
  }
}

/**
 * Text someone typed, set inside a sentence of ours: isolated (Unicode FSI …
 * PDI), so English typed into an Arabic sentence, or Arabic into an English
 * one, keeps its own direction and its punctuation stays where it was typed.
 */
export const isolate = (typed: string): string => `\u2068${typed}\u2069`;

/** A name the model gives as null for someone no longer in a session's roster, in words. */
export function personName(words: Words, name: string | null): string {
  return name ?? words.t('common.personLeft');
}

/** A participant's name, or a neutral stand-in for someone who has left the roster. */
export function nameOf(words: Words, participants: Record<UserId, Participant>, userId: UserId): string {
  return own(participants, userId)?.displayName ?? words.t('common.someone');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of an `<input type="datetime-local">`, in local time. */
export function toDateTimeLocalValue(at: EpochMs | null): string {
  if (at === null) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` as an instant; null when empty or invalid. */
export function fromDateTimeLocalValue(value: string): EpochMs | null {
  if (!value) return null;
  // Without an offset, ES parses date-time forms as local time, which is what the input shows.
  const at = new Date(value).getTime();
  return Number.isNaN(at) ? null : at;
}

/** Records in the order they were written, so lists don't jump about as others edit. */
export function byTime<T extends { at: EpochMs; id: string }>(items: Record<string, T>): T[] {
  return Object.values(items).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}
