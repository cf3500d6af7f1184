import { z } from 'zod';
import { LIMITS } from './limits';
import { STAGES } from './stages';
import { cleanText, isBlank } from './text';

const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Ids are 1–64 letters, digits, "-" or "_".');

const userId = z.string().min(1, 'A user id is required.').max(128, 'That user id is too long.');

/** Typed text: cleaned (cleanText), trimmed, and not blank even when it holds only invisible characters. */
function text(what: string, max: number) {
  return z
    .string()
    .overwrite(cleanText)
    .trim()
    .refine((value) => !isBlank(value), `${what} cannot be empty.`)
    .max(max, `${what} is too long (at most ${max} characters).`);
}

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD.')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
    message: 'That date does not exist.',
  });

const epochMs = z.number().int('Times are whole milliseconds.').nonnegative('Times cannot be negative.');

const stage = z.enum(STAGES, { message: 'Unknown stage.' });
const reason = text('The reason', LIMITS.shortText).optional();

/** Every change to a session, as a participant's client sends it. */
export const commandSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('join'),
      displayName: text('The display name', LIMITS.displayName),
      address: z.email('The address is not an email address.').max(LIMITS.address).optional(),
    }),
    z.object({
      type: z.literal('assignRole'),
      userId,
      role: z.enum(['coach', 'coachee', 'observer'], { message: 'Unknown role.' }),
    }),
    z.object({ type: z.literal('advance'), force: z.boolean().optional(), reason }),
    z.object({ type: z.literal('goBack'), to: stage, reason }),
    z.object({ type: z.literal('stateChallenge'), id: itemId, text: text('The challenge', LIMITS.longText) }),
    z.object({ type: z.literal('removeChallenge') }),
    z.object({ type: z.literal('agreeChallenge'), versionId: itemId }),
    z.object({ type: z.literal('addCause'), id: itemId, text: text('A cause', LIMITS.shortText) }),
    z.object({ type: z.literal('editCause'), id: itemId, text: text('A cause', LIMITS.shortText) }),
    z.object({ type: z.literal('removeCause'), id: itemId }),
    z.object({ type: z.literal('addOption'), id: itemId, text: text('An option', LIMITS.shortText) }),
    z.object({ type: z.literal('editOption'), id: itemId, text: text('An option', LIMITS.shortText) }),
    z.object({ type: z.literal('removeOption'), id: itemId }),
    z.object({ type: z.literal('chooseOption'), id: itemId.nullable() }),
    z.object({
      type: z.literal('addNextStep'),
      id: itemId,
      text: text('A next step', LIMITS.shortText),
      ownerId: userId,
      due: localDate,
    }),
    z.object({
      type: z.literal('editNextStep'),
      id: itemId,
      text: text('A next step', LIMITS.shortText).optional(),
      ownerId: userId.optional(),
      due: localDate.optional(),
    }),
    z.object({ type: z.literal('setNextStepDone'), id: itemId, done: z.boolean() }),
    z.object({ type: z.literal('removeNextStep'), id: itemId }),
    z.object({
      type: z.literal('recordConfidence'),
      value: z.number().int('Confidence is a whole number.').min(1, 'Confidence runs from 1 to 5.').max(5, 'Confidence runs from 1 to 5.'),
    }),
    z.object({ type: z.literal('writeCoacheeSummary'), text: text('The summary', LIMITS.longText) }),
    z.object({ type: z.literal('giveAffirmation'), text: text('The affirmation', LIMITS.longText) }),
    z.object({
      type: z.literal('planFollowUp'),
      kind: z.enum(['statusUpdate', 'decisionMeeting'], { message: 'Unknown follow-up kind.' }),
      start: epochMs.nullable(),
      durationMinutes: z
        .number()
        .int('The length is whole minutes.')
        .min(LIMITS.minFollowUpMinutes, `A follow-up lasts at least ${LIMITS.minFollowUpMinutes} minutes.`)
        .max(LIMITS.maxFollowUpMinutes, `A follow-up lasts at most ${LIMITS.maxFollowUpMinutes} minutes.`),
    }),
    z.object({
      type: z.literal('recordCoachEvent'),
      eventId: z.string().min(1).max(512),
      iCalUId: z.string().min(1).max(512),
      // Where the invite links back to the notes; after the meeting the Outlook pane and tasks link there too.
      notesUrl: z
        .url({ protocol: /^https?$/, message: 'The notes link must be a web address.' })
        .max(2048)
        .optional(),
    }),
    z.object({ type: z.literal('recordCoacheeAcceptance') }),
    z.object({
      type: z.literal('recordChatSummary'),
      state: z.enum(['posted', 'uncertain'], { message: 'The summary is posted, or it is not known whether it is.' }),
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
      chosenOption: text('The chosen option', LIMITS.shortText).nullable(),
      steps: z
        .array(
          z.object({
            id: itemId,
            text: text('A next step', LIMITS.shortText),
            ownerId: userId,
            ownerName: text('The owner', LIMITS.displayName),
            due: localDate,
            done: z.boolean(),
          }),
        )
        .max(LIMITS.itemsPerCollection),
      causes: z
        .array(z.object({ id: itemId, text: text('A cause', LIMITS.shortText), authorName: text('The author', LIMITS.displayName) }))
        .max(LIMITS.itemsPerCollection),
    }),
    z.object({
      type: z.literal('reviewCarriedStep'),
      id: itemId,
      review: z.enum(['done', 'notDone', 'dropped'], { message: 'A step is done, not done or dropped.' }),
    }),
    z.object({
      // The owner's own task list says these carried steps are done (ticked in To Do or Outlook since).
      type: z.literal('reportCarriedDone'),
      ids: z.array(itemId).min(1, 'Name at least one step.').max(LIMITS.itemsPerCollection),
    }),
    z.object({
      type: z.literal('reviewCarriedCause'),
      id: itemId,
      review: z.enum(['right', 'wrong', 'unsure'], { message: 'A cause turned out right, wrong, or it is unclear.' }),
    }),
  ],
  { message: 'Unknown command.' },
);

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
