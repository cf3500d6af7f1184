export { NotesDocument } from './NotesDocument';
export type { NotesDocumentProps } from './NotesDocument';
export { NotesActions } from './NotesActions';
export type { NotesActionsProps } from './NotesActions';
export { ChallengeNotes } from './ChallengeNotes';
export { ContributionNotes, ChosenOptionNotes } from './ContributionNotes';
export { NextStepNotes } from './NextStepNotes';
export { SummaryNotes, FollowUpNotes, AffirmationNotes } from './CloseNotes';
export { TimelineNotes } from './TimelineNotes';
export { NotesSection, NotesEmpty } from './NotesSection';
export { sessionNotes } from './sessionNotes';
export type {
  SessionNotes,
  NotesPerson,
  NotesStatement,
  NotesOption,
  NotesChallenge,
  NotesNextStep,
  NotesFollowUp,
  NotesStageChange,
  NotesStageTime,
  NotesTimeline,
} from './sessionNotes';
export { notesMarkdown, notesFileName, escapeMarkdown } from './notesMarkdown';
export { downloadText } from './downloadText';
export { useNotesStyles } from './useNotesStyles.styles';
export { useHistoryNotesStyles } from './useHistoryNotesStyles.styles';
export { EarlierSessionsNotes } from './EarlierSessionsNotes';
export { LastSessionNotes } from './LastSessionNotes';
export { CoachingGrowthNotes } from './CoachingGrowthNotes';
export { counterpartOf, earlierSessions, lastSession, growthFor, lastActivityOf } from './historyNotes';
export type { Counterpart, EarlierSession, LastSession } from './historyNotes';
