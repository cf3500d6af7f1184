import type { Role, Stage } from '../../domain';
import type { MessageId, Words } from '../../words';

// Coaching guidance is content, worded per reader: the coach gets open
// questions to ask (asking builds the coachee's own ability to solve), the
// coachee gets hints for their own thinking. Observers, usually learning to
// coach, read the coach's. The sentences live in the guidance catalogue.

/** Whose guidance a role reads: observers read the coach's. */
export type GuidanceReader = 'coach' | 'coachee';

export const guidanceReader = (role: Role): GuidanceReader => (role === 'coachee' ? 'coachee' : 'coach');

/** A stage's guidance as message ids, per reader. */
export interface StageGuidanceIds {
  /** One sentence: what the stage is for. */
  purpose: Readonly<Record<GuidanceReader, MessageId>>;
  /** The coach's open questions to ask; the coachee's short hints. */
  prompts: Readonly<Record<GuidanceReader, readonly MessageId[]>>;
}

/** What to do in each stage, by message id. */
export const GUIDANCE: Readonly<Record<Stage, StageGuidanceIds>> = {
  open: {
    purpose: { coach: 'guidance.open.purpose.coach', coachee: 'guidance.open.purpose.coachee' },
    prompts: {
      coach: [
        'guidance.open.ask.focus',
        'guidance.open.ask.problemOrOpportunity',
        'guidance.open.ask.outcome',
        'guidance.open.ask.inBrief',
      ],
      coachee: ['guidance.open.hint.topic', 'guidance.open.hint.ownWords'],
    },
  },
  learn: {
    purpose: { coach: 'guidance.learn.purpose.coach', coachee: 'guidance.learn.purpose.coachee' },
    prompts: {
      coach: [
        'guidance.learn.ask.now',
        'guidance.learn.ask.causes',
        'guidance.learn.ask.tried',
        'guidance.learn.ask.restate',
        'guidance.learn.ask.options',
        'guidance.learn.ask.noConstraints',
      ],
      coachee: ['guidance.learn.hint.thinkAloud', 'guidance.learn.hint.restate', 'guidance.learn.hint.ownOptions'],
    },
  },
  plan: {
    purpose: { coach: 'guidance.plan.purpose.coach', coachee: 'guidance.plan.purpose.coachee' },
    prompts: {
      coach: [
        'guidance.plan.ask.which',
        'guidance.plan.ask.firstStep',
        'guidance.plan.ask.obstacles',
        'guidance.plan.ask.support',
        'guidance.plan.ask.working',
      ],
      coachee: ['guidance.plan.hint.believe', 'guidance.plan.hint.realDate'],
    },
  },
  close: {
    purpose: { coach: 'guidance.close.purpose.coach', coachee: 'guidance.close.purpose.coachee' },
    prompts: {
      coach: [
        'guidance.close.ask.sumUp',
        'guidance.close.ask.calendars',
        'guidance.close.ask.decision',
        'guidance.close.ask.confidence',
        'guidance.close.ask.belief',
      ],
      coachee: ['guidance.close.hint.sumUp', 'guidance.close.hint.accept', 'guidance.close.hint.ask'],
    },
  },
};

/** A stage's guidance, worded for one reader. */
export interface StageGuidance {
  reader: GuidanceReader;
  /** What the stage is for, in one sentence. */
  purpose: string;
  /** What the prompts are: "Questions to ask" for the coach, "Things to consider" for the coachee. */
  title: string;
  prompts: string[];
}

/** What to do in `stage`, in the words of the reader with `role`. */
export function guidanceFor(words: Words, stage: Stage, role: Role): StageGuidance {
  const reader = guidanceReader(role);
  const ids = GUIDANCE[stage];
  return {
    reader,
    purpose: words.t(ids.purpose[reader]),
    title: reader === 'coachee' ? words.t('guidance.prompts.hints') : words.t('guidance.prompts.questions'),
    prompts: ids.prompts[reader].map((id) => words.t(id)),
  };
}
