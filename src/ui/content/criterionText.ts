import type { Criterion, Participant, Role, UserId } from '../../domain';

/** Who the sentences name: the pair by display name, and whose panel reads them. */
export interface CriterionReader {
  role: Role;
  selfId: UserId | null;
  coachName: string;
  coacheeName: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A criterion's short name, as its reader sees it (the coachee's summary is "your summary" to them). */
export function criterionLabel(c: Criterion, reader: CriterionReader): string {
  if (c.id === 'coacheeSummary' && reader.role === 'coachee') return 'Your summary';
  return c.label;
}

/**
 * What is there, or what is still missing, worded for the reader: the coach
 * is asked to ask (the coachee's own words build their ability), the coachee
 * to think and answer, an observer is told what stands.
 */
export function criterionDetail(c: Criterion, reader: CriterionReader): string {
  const { role, coachName: coach, coacheeName: coachee } = reader;
  switch (c.id) {
    case 'challengeStated':
      if (c.challenge !== null) return `“${c.challenge}”`;
      if (role === 'coach') return 'Ask what they want to focus on, and capture a first statement.';
      if (role === 'coachee') return 'Say what you want to work on: a rough first statement is enough.';
      return 'No challenge or opportunity stated yet.';
    case 'definitionShared': {
      if (c.status === 'noStatement') return 'State the challenge, then both agree on the statement.';
      if (c.status === 'waitingForCoach') return 'Waiting for a coach to join.';
      if (c.status === 'waitingForCoachee') return 'Waiting for a coachee to join.';
      if (c.status === 'agreed')
        return role === 'observer' ? `${coach} and ${coachee} agree on the current statement.` : 'You both agree on the current statement.';
      const self = c.pending.some((p) => p.userId === reader.selfId);
      const others = c.pending.filter((p) => p.userId !== reader.selfId).map((p) => p.displayName);
      if (self && others.length === 0) return 'Agree to the current statement once it fits for you.';
      if (self) return `Agree to the current statement once it fits for you; ${others.join(' and ')} still to agree too.`;
      return `Waiting for ${others.join(' and ')} to agree to the current statement.`;
    }
    case 'optionsGenerated':
      if (c.count >= c.needed) return `${plural(c.count, 'option', 'options')} to choose from.`;
      if (role === 'coach') return `Ask for at least ${c.needed} options (${c.count} so far).`;
      if (role === 'coachee') return `Think of at least ${c.needed} options (${c.count} so far).`;
      return `At least ${c.needed} options are needed (${c.count} so far).`;
    case 'optionChosen':
      if (c.chosen !== null) return `Chosen: “${c.chosen}”`;
      if (role === 'coach') return `Ask ${coachee} which option they want to act on.`;
      if (role === 'coachee') return 'Choose the option you want to act on.';
      return 'No option chosen yet.';
    case 'nextStepDated':
      if (c.count > 0) return `${plural(c.count, 'next step', 'next steps')} with an owner and a due date.`;
      if (role === 'coach') return 'Ask for the first step: what, who and by when.';
      if (role === 'coachee') return 'Add at least one next step: what, who and by when.';
      return 'No next step yet.';
    case 'coacheeSummary':
      if (c.met)
        return role === 'coachee' ? 'You summarised what you will do and by when.' : `${coachee} summarised what they will do and by when.`;
      if (role === 'coach') return `Ask ${coachee} to sum up, in their own words, what they will do and by when.`;
      if (role === 'coachee') return 'Sum up, in your own words, what you will do and by when.';
      return `Waiting for ${coachee}’s summary.`;
    case 'followUpOnBothCalendars': {
      const what = c.kind === 'decisionMeeting' ? 'the decision meeting' : 'the follow-up';
      const What = what.charAt(0).toUpperCase() + what.slice(1);
      if (c.calendar === 'onBoth') return `${What} is on both calendars.`;
      if (c.calendar === 'awaitingAcceptance') {
        if (role === 'coach') return `Sent: waiting for ${coachee} to accept it.`;
        if (role === 'coachee') return `Accept the invite on your own calendar.`;
        return `On ${coach}’s calendar, waiting for ${coachee} to accept.`;
      }
      if (role === 'coach') return `Put ${what} on both calendars while ${coachee} watches.`;
      if (role === 'coachee') return `${coach} puts ${what} on both calendars; the invite comes to you.`;
      return `${What} is not scheduled yet.`;
    }
    case 'affirmationGiven':
      if (c.met) {
        if (role === 'coach') return `You stated your belief in ${coachee}.`;
        if (role === 'coachee') return `${coach} stated their belief in you.`;
        return `${coach} stated their belief in ${coachee}.`;
      }
      if (role === 'coach') return `Tell ${coachee} you believe they can carry out the plan.`;
      if (role === 'coachee') return `${coach} closes by saying what they believe you can do.`;
      return 'Not given yet.';
    case 'previousPlanReviewed':
      return c.open === 0
        ? 'Every step of last time’s plan is reviewed.'
        : `${plural(c.open, 'step', 'steps')} of last time’s plan still to review: done, not done or dropped?`;
  }
}

/** The reader of a session's criteria: the viewer's role and id, and the pair's names (neutral stand-ins before they join). */
export function criterionReader(participants: Record<UserId, Participant>, role: Role, selfId: UserId | null): CriterionReader {
  const named = (r: Role, fallback: string) => Object.values(participants).find((p) => p.role === r)?.displayName ?? fallback;
  return { role, selfId, coachName: named('coach', 'the coach'), coacheeName: named('coachee', 'the coachee') };
}
