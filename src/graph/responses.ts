// Graph's answers are untrusted input: parsed with zod before anything uses them.
import { z } from 'zod';
import type { FollowUpSlot } from '../ports';
import { toEpoch } from './wallClock';

const dateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string() });

export const createdEventSchema = z.object({
  id: z.string().min(1).max(1024),
  iCalUId: z.string().min(1).max(1024),
});

export const eventListSchema = z.object({
  value: z.array(
    z.object({
      id: z.string().min(1).max(1024),
      iCalUId: z.string().min(1).max(1024),
      isOrganizer: z.boolean().nullish(),
      responseStatus: z.object({ response: z.string().nullish() }).nullish(),
    }),
  ),
});

export const meetingTimesSchema = z.object({
  emptySuggestionsReason: z.string().nullish(),
  meetingTimeSuggestions: z
    .array(
      z.object({
        confidence: z.number().nullish(),
        meetingTimeSlot: z.object({ start: dateTimeTimeZone, end: dateTimeTimeZone }),
      }),
    )
    .default([]),
});

/** Slots as instants, earliest first; a slot whose times do not parse is dropped. */
export function slotsFrom(result: z.infer<typeof meetingTimesSchema>): FollowUpSlot[] {
  const slots: FollowUpSlot[] = [];
  for (const s of result.meetingTimeSuggestions) {
    const start = toEpoch(s.meetingTimeSlot.start);
    const end = toEpoch(s.meetingTimeSlot.end);
    if (start !== null && end !== null && end > start) slots.push({ start, end });
  }
  return slots.sort((a, b) => a.start - b.start);
}

/** `POST /$batch`'s answer: one response per request, in any order. */
export const batchResponseSchema = z.object({
  responses: z.array(z.object({ id: z.string(), status: z.number().int(), body: z.unknown().optional() })),
});

/** Graph's error message inside an answer body, when there is one. */
export function errorMessageOf(body: unknown): string | undefined {
  const parsed = z.object({ error: z.object({ message: z.string().max(2000) }) }).safeParse(body);
  return parsed.success ? parsed.data.error.message : undefined;
}
