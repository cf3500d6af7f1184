import type { Criterion, Participant, Role, UserId } from '../../domain';
import type { Words } from '../../words';

/** Who the sentences name: the pair by display name, and whose panel reads them. */
export interface CriterionReader {
  role: Role;
  selfId: UserId | null;
  coachName: string;
  coacheeName: string;
}

/** A criterion's short name, as its reader sees it (the coachee's summary is "your summary" to them). */
export function criterionLabel(words: Words, c: Criterion, reader: Pick<CriterionReader, 'role'>): string {
  switch (c.id) {
    case 'challengeStated':
      return words.t('guidance.criterion.challengeStated.label');
    case 'definitionShared':
      return words.t('guidance.criterion.definitionShared.label');
    case 'optionsGenerated':
      return words.t('guidance.criterion.optionsGenerated.label');
    case 'optionChosen':
      return words.t('guidance.criterion.optionChosen.label');
    case 'nextStepDated':
      return words.t('guidance.criterion.nextStepDated.label');
    case 'coacheeSummary':
      return reader.role === 'coachee'
        ? words.t('guidance.criterion.coacheeSummary.labelOwn')
        : words.t('guidance.criterion.coacheeSummary.label');
    case 'followUpOnBothCalendars':
      return words.t('guidance.criterion.followUpOnBothCalendars.label');
    case 'affirmationGiven':
      return words.t('guidance.criterion.affirmationGiven.label');
    case 'previousPlanReviewed':
      return words.t('guidance.criterion.previousPlanReviewed.label');
  }
}

/**
 * What is there, or what is still missing, worded for the reader: the coach
 * is asked to ask (the coachee's own words build their ability), the coachee
 * to think and answer, an observer is told what stands.
 */
export function criterionDetail(words: Words, c: Criterion, reader: CriterionReader): string {
  const { role } = reader;
  const names = { coach: reader.coachName, coachee: reader.coacheeName };
  switch (c.id) {
    case 'challengeStated':
      if (c.challenge !== null) return words.t('guidance.criterion.challengeStated.quoted', { challenge: c.challenge });
      if (role === 'coach') return words.t('guidance.criterion.challengeStated.ask');
      if (role === 'coachee') return words.t('guidance.criterion.challengeStated.say');
      return words.t('guidance.criterion.challengeStated.none');
    case 'definitionShared': {
      if (c.status === 'noStatement') return words.t('guidance.criterion.definitionShared.noStatement');
      if (c.status === 'waitingForCoach') return words.t('guidance.criterion.definitionShared.waitingForCoach');
      if (c.status === 'waitingForCoachee') return words.t('guidance.criterion.definitionShared.waitingForCoachee');
      if (c.status === 'agreed')
        return role === 'observer'
          ? words.t('guidance.criterion.definitionShared.agreedObserved', names)
          : words.t('guidance.criterion.definitionShared.agreed');
      const self = c.pending.some((p) => p.userId === reader.selfId);
      const others = words.list(c.pending.filter((p) => p.userId !== reader.selfId).map((p) => p.displayName));
      if (self && others === '') return words.t('guidance.criterion.definitionShared.agreeYourself');
      if (self) return words.t('guidance.criterion.definitionShared.agreeWithOthers', { others });
      return words.t('guidance.criterion.definitionShared.waitingForOthers', { others });
    }
    case 'optionsGenerated': {
      if (c.count >= c.needed) return words.t('guidance.criterion.optionsGenerated.enough', { count: c.count });
      const values = { needed: c.needed, count: c.count };
      if (role === 'coach') return words.t('guidance.criterion.optionsGenerated.ask', values);
      if (role === 'coachee') return words.t('guidance.criterion.optionsGenerated.think', values);
      return words.t('guidance.criterion.optionsGenerated.needed', values);
    }
    case 'optionChosen':
      if (c.chosen !== null) return words.t('guidance.criterion.optionChosen.chosen', { chosen: c.chosen });
      if (role === 'coach') return words.t('guidance.criterion.optionChosen.ask', names);
      if (role === 'coachee') return words.t('guidance.criterion.optionChosen.choose');
      return words.t('guidance.criterion.optionChosen.none');
    case 'nextStepDated':
      if (c.count > 0) return words.t('guidance.criterion.nextStepDated.some', { count: c.count });
      if (role === 'coach') return words.t('guidance.criterion.nextStepDated.ask');
      if (role === 'coachee') return words.t('guidance.criterion.nextStepDated.add');
      return words.t('guidance.criterion.nextStepDated.none');
    case 'coacheeSummary':
      if (c.met)
        return role === 'coachee'
          ? words.t('guidance.criterion.coacheeSummary.doneOwn')
          : words.t('guidance.criterion.coacheeSummary.done', names);
      if (role === 'coach') return words.t('guidance.criterion.coacheeSummary.ask', names);
      if (role === 'coachee') return words.t('guidance.criterion.coacheeSummary.sumUp');
      return words.t('guidance.criterion.coacheeSummary.waiting', names);
    case 'followUpOnBothCalendars': {
      const values = { ...names, kind: c.kind };
      if (c.calendar === 'onBoth') return words.t('guidance.criterion.followUpOnBothCalendars.onBoth', values);
      if (c.calendar === 'awaitingAcceptance') {
        if (role === 'coach') return words.t('guidance.criterion.followUpOnBothCalendars.sent', names);
        if (role === 'coachee') return words.t('guidance.criterion.followUpOnBothCalendars.acceptInvite');
        return words.t('guidance.criterion.followUpOnBothCalendars.awaitingObserved', names);
      }
      if (role === 'coach') return words.t('guidance.criterion.followUpOnBothCalendars.putOnBoth', values);
      if (role === 'coachee') return words.t('guidance.criterion.followUpOnBothCalendars.coachPuts', values);
      return words.t('guidance.criterion.followUpOnBothCalendars.notScheduled', values);
    }
    case 'affirmationGiven':
      if (c.met) {
        if (role === 'coach') return words.t('guidance.criterion.affirmationGiven.givenByYou', names);
        if (role === 'coachee') return words.t('guidance.criterion.affirmationGiven.givenToYou', names);
        return words.t('guidance.criterion.affirmationGiven.given', names);
      }
      if (role === 'coach') return words.t('guidance.criterion.affirmationGiven.tell', names);
      if (role === 'coachee') return words.t('guidance.criterion.affirmationGiven.coachCloses', names);
      return words.t('guidance.criterion.affirmationGiven.notGiven');
    case 'previousPlanReviewed':
      return c.open === 0
        ? words.t('guidance.criterion.previousPlanReviewed.done')
        : words.t('guidance.criterion.previousPlanReviewed.open', { count: c.open });
  }
}

/** The reader of a session's criteria: the viewer's role and id, and the pair's names (neutral stand-ins before they join). */
export function criterionReader(
  words: Words,
  participants: Record<UserId, Participant>,
  role: Role,
  selfId: UserId | null,
): CriterionReader {
  const named = (r: Role) => Object.values(participants).find((p) => p.role === r)?.displayName;
  return {
    role,
    selfId,
    coachName: named('coach') ?? words.t('guidance.reader.coach'),
    coacheeName: named('coachee') ?? words.t('guidance.reader.coachee'),
  };
}
