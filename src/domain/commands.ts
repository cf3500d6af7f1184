import { z } from 'zod';
import { LIMITS } from './limits';
import type { FieldProblem, TextFormat, TextSubject } from './refusals';
import { STAGES } from './stages';
import { cleanText, isBlank } from './text';

// Schema checks of our own carry what is wrong as `params` (a FieldProblem),
// never a sentence: parseEnvelope (apply.ts) turns each issue into a refusal.

/** A check's params: the problem its refusal reports. */
const says = (params: FieldProblem) => ({ params });

/** Text that must match `pattern`, refused as not in the `name` format. */
const formatted = (name: TextFormat, pattern: RegExp) =>
  z.string().refine((value) => pattern.test(value), says({ problem: 'format', format: name }));

const itemId = formatted('id', /^[A-Za-z0-9_-]{1,64}$/);

const userId = z.string().min(1).max(128);

/** Typed text: cleaned (cleanText), trimmed, and not blank even when it holds only invisible characters. */
function text(subject: TextSubject, max: number) {
  return z
    .string()
    .overwrite(cleanText)
    .trim()
    .refine((value) => !isBlank(value), says({ problem: 'empty', subject }))
    .refine((value) => value.length <= max, says({ problem: 'tooLong', subject, max }));
}

const localDate = formatted('date', /^\d{4}-\d{2}-\d{2}$/).refine(
  (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
  says({ problem: 'noSuchDate' }),
);

const epochMs = z.number().int().nonnegative();

const stage = z.enum(STAGES);
const reason = text('reason', LIMITS.shortText).optional();

/** Every change to a session, as a participant's client sends it. */
export const commandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('join'),
    displayName: text('displayName', LIMITS.displayName),
    address: z.email().max(LIMITS.address).optional(),
  }),
  z.object({
    type: z.literal('assignRole'),
    userId,
    role: z.enum(['coach', 'coachee', 'observer']),
  }),
  z.object({ type: z.literal('advance'), force: z.boolean().optional(), reason }),
  z.object({ type: z.literal('goBack'), to: stage, reason }),
  z.object({ type: z.literal('stateChallenge'), id: itemId, text: text('challenge', LIMITS.longText) }),
  z.object({ type: z.literal('removeChallenge') }),
  z.object({ type: z.literal('agreeChallenge'), versionId: itemId }),
  z.object({ type: z.literal('addCause'), id: itemId, text: text('cause', LIMITS.shortText) }),
  z.object({ type: z.literal('editCause'), id: itemId, text: text('cause', LIMITS.shortText) }),
  z.object({ type: z.literal('removeCause'), id: itemId }),
  z.object({ type: z.literal('addOption'), id: itemId, text: text('option', LIMITS.shortText) }),
  z.object({ type: z.literal('editOption'), id: itemId, text: text('option', LIMITS.shortText) }),
  z.object({ type: z.literal('removeOption'), id: itemId }),
  z.object({ type: z.literal('chooseOption'), id: itemId.nullable() }),
  z.object({
    type: z.literal('addNextStep'),
    id: itemId,
    text: text('nextStep', LIMITS.shortText),
    ownerId: userId,
    due: localDate,
  }),
  z.object({
    type: z.literal('editNextStep'),
    id: itemId,
    text: text('nextStep', LIMITS.shortText).optional(),
    ownerId: userId.optional(),
    due: localDate.optional(),
  }),
  z.object({ type: z.literal('setNextStepDone'), id: itemId, done: z.boolean() }),
  z.object({ type: z.literal('removeNextStep'), id: itemId }),
  z.object({
    type: z.literal('recordConfidence'),
    value: z.number().int().min(1).max(5),
  }),
  z.object({ type: z.literal('writeCoacheeSummary'), text: text('summary', LIMITS.longText) }),
  z.object({ type: z.literal('giveAffirmation'), text: text('affirmation', LIMITS.longText) }),
  z.object({
    type: z.literal('planFollowUp'),
    kind: z.enum(['statusUpdate', 'decisionMeeting']),
    start: epochMs.nullable(),
    durationMinutes: z.number().int().min(LIMITS.minFollowUpMinutes).max(LIMITS.maxFollowUpMinutes),
  }),
  z.object({
    type: z.literal('recordCoachEvent'),
    eventId: z.string().min(1).max(512),
    iCalUId: z.string().min(1).max(512),
    // Where the invite links back to the notes; after the meeting the Outlook pane and tasks link there too.
    notesUrl: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional(),
  }),
  z.object({ type: z.literal('recordCoacheeAcceptance') }),
  z.object({
    type: z.literal('recordChatSummary'),
    state: z.enum(['posted', 'uncertain']),
  }),
  z.object({
    type: z.literal('carryOver'),
    fromSessionId: z.string().min(1).max(256),
    fromDate: localDate,
    challenge: z
      .string()
      .overwrite((value) => (isBlank(value) ? '' : cleanText(value)))
      .trim()
      .max(LIMITS.longText),
    chosenOption: text('chosenOption', LIMITS.shortText).nullable(),
    steps: z
      .array(
        z.object({
          id: itemId,
          text: text('nextStep', LIMITS.shortText),
          ownerId: userId,
          ownerName: text('owner', LIMITS.displayName),
          due: localDate,
          done: z.boolean(),
        }),
      )
      .max(LIMITS.itemsPerCollection),
    causes: z
      .array(z.object({ id: itemId, text: text('cause', LIMITS.shortText), authorName: text('author', LIMITS.displayName) }))
      .max(LIMITS.itemsPerCollection),
  }),
  z.object({
    type: z.literal('reviewCarriedStep'),
    id: itemId,
    review: z.enum(['done', 'notDone', 'dropped']),
  }),
  z.object({
    // The owner's own task list says these carried steps are done (ticked in To Do or Outlook since).
    type: z.literal('reportCarriedDone'),
    ids: z.array(itemId).min(1).max(LIMITS.itemsPerCollection),
  }),
  z.object({
    type: z.literal('reviewCarriedCause'),
    id: itemId,
    review: z.enum(['right', 'wrong', 'unsure']),
  }),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];

/**
 * A command as it travels between clients: who sent it, when, and the
 * sender's local date (so "due dates before today" means the sender's today
 * and replaying the command later gives the same verdict).
 */
export const envelopeSchema = z.object({
  id: itemId,
  actorId: userId,
  at: epochMs,
  today: localDate,
  command: z.unknown(),
});

export interface Envelope {
  id: string;
  actorId: string;
  at: number;
  today: string;
  command: Command;
}
