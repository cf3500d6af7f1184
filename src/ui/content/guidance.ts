import type { Stage } from '../../domain';

// Coaching guidance is content, worded per reader: the coach gets open
// questions to ask (asking builds the coachee's own ability to solve), the
// coachee gets hints for their own thinking. Observers, usually learning to
// coach, read the coach's.

export interface StageGuidance {
  /** One sentence: what the stage is for, said to the coach and to the coachee. */
  purpose: { coach: string; coachee: string };
  /** Open questions for the coach to ask: asking builds the coachee's own ability to solve. */
  coachPrompts: string[];
  /** Short hints shown in the coachee's view. */
  coacheePrompts: string[];
}

/** What to do in each stage, in the product's words for the panel. */
export const GUIDANCE: Readonly<Record<Stage, StageGuidance>> = {
  open: {
    purpose: {
      coach: 'Agree on the topic: a challenge to resolve or an opportunity to explore.',
      coachee: 'Bring the topic: a challenge you want to resolve or an opportunity to explore.',
    },
    coachPrompts: [
      'What would you like to focus on today?',
      'Is this a problem to solve, or an opportunity you want to explore?',
      'If this conversation went really well, what would you walk away with?',
      'How would you put the challenge in one or two sentences?',
    ],
    coacheePrompts: ['Bring the topic that matters most to you right now.', 'Say it in your own words; it can be rough and refined later.'],
  },
  learn: {
    purpose: {
      coach: 'Understand the challenge together, dig into its causes and draw out options for resolving it.',
      coachee: 'Understand the challenge together, dig into its causes and come up with options of your own.',
    },
    coachPrompts: [
      'What is happening now, and what would you like to be happening instead?',
      'What do you think is causing this?',
      'What have you already tried, and what did you learn from it?',
      'Now that we know more, does the statement of the challenge still fit?',
      'What options do you see? What else could you do?',
      'If there were no constraints, what would you try?',
    ],
    coacheePrompts: [
      'Think out loud: causes and options do not need to be perfect.',
      'If the challenge looks different now, say so and restate it.',
      'Add your own options; they stay yours.',
    ],
  },
  plan: {
    purpose: {
      coach: 'Help them choose an option and turn it into next steps: what, who and by when.',
      coachee: 'Choose an option and turn it into next steps: what, who and by when.',
    },
    coachPrompts: [
      'Which option do you want to go with, and why that one?',
      'What is the very first step, and when will you take it?',
      'What could get in the way, and how will you handle it?',
      'What support do you need, and from whom?',
      'How will you know it is working?',
    ],
    coacheePrompts: ['Pick the option you believe in, not the one you think is expected.', 'Give each step a date you can really keep.'],
  },
  close: {
    purpose: {
      coach: 'Make sure the coachee leaves knowing what was resolved, what they will do, and by when.',
      coachee: 'Leave knowing what was resolved, what you will do, and by when.',
    },
    coachPrompts: [
      'Could you sum up, in your own words, what you will do and by when?',
      'Shall we put the follow-up on both calendars now, so you can watch me send the invite and then accept it on yours?',
      'If the plan is to gather information first, when shall we meet to make the decision?',
      'What would make you more confident about carrying this out?',
      'I believe you can do this, and I am here if you get stuck. What else do you need from me?',
    ],
    coacheePrompts: [
      'Summarise what you will do and by when, in your own words.',
      'Accept the follow-up invite on your own calendar.',
      'Ask for anything you still need before you start.',
    ],
  },
};
