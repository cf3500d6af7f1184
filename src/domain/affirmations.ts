/**
 * Starting points for the coach's closing affirmation: a statement of belief
 * in the coachee and their plan. The coach adapts them; they are not a script.
 */
export const SUGGESTED_AFFIRMATIONS: string[] = [
  'This was a tough one to work through, and you have a clear plan now. I am confident you can carry it out.',
  'Thank you for being so open today; it made it possible to get to the real issue.',
  'You have handled challenges like this before, and these steps play to your strengths. I have confidence in you.',
  'You did the thinking here and the plan is yours. If you get stuck, come and find me; I know you can do this.',
];
