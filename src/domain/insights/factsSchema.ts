// The facts' schema, apart from sessionFacts: what reads facts from JSON (the
// history index) needs zod; the pages that only compute facts do not carry it.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { STAGES, type Stage } from '../stages';
import { SESSION_FACTS_VERSION, type SessionFacts } from './facts';

const count = (max: number) => z.number().int().nonnegative().max(max);
const items = count(LIMITS.itemsPerCollection);
const share = z.object({ byCoachee: items, total: items }).refine((s) => s.byCoachee <= s.total);
/** A century, in ms: far beyond any session, short of anything that could overflow a sum. */
const ms = z
  .number()
  .nonnegative()
  .max(100 * 365 * 86_400_000);
const userId = z.string().min(1).max(128);

export const sessionFactsSchema = z.object({
  v: z.literal(SESSION_FACTS_VERSION),
  sessionId: z.string().min(1).max(256),
  createdAt: z.number().int().nonnegative(),
  seq: count(LIMITS.timelineEntries),
  coachId: userId.nullable(),
  coacheeId: userId.nullable(),
  coacheeName: z.string().max(LIMITS.displayName).nullable(),
  thinking: z.object({ challenge: share, causes: share, options: share, nextSteps: share }),
  loopsBack: count(LIMITS.timelineEntries),
  stageMs: z.object(Object.fromEntries(STAGES.map((s) => [s, ms])) as Record<Stage, typeof ms>),
  confidence: z.number().int().min(1).max(5).nullable(),
  closedWithAllCriteria: z.boolean(),
  followThrough: z.object({ done: items, notDone: items, dropped: items, unreviewed: items }).nullable(),
  followUpBooked: z.boolean(),
  carriedFrom: z.string().min(1).max(256).nullable(),
  coacheeSteps: z.array(z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), done: z.boolean() })).max(LIMITS.itemsPerCollection),
});

/**
 * Facts as JSON gave them (the history index), or null when they are not
 * facts of this version (older, newer, damaged, out of bounds). Never throws.
 */
export function readSessionFacts(value: unknown): SessionFacts | null {
  const parsed = sessionFactsSchema.safeParse(value);
  return parsed.success ? (parsed.data as SessionFacts) : null;
}
