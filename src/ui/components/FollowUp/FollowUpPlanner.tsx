import { Button, Checkbox, Field, Input, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import {
  followUpLengthProblem,
  followUpTimeProblem,
  followUpWindowEnd,
  LIMITS,
  mayIssue,
  type FollowUp,
  type FollowUpKind,
  type FollowUpPlan,
  type Role,
} from '../../../domain';
import type { CalendarEventRef, DispatchResult, GraphFailure, SeriesOccurrence } from '../../../ports';
import { followUpLengthMessage, followUpTimeMessage } from '../../content/fieldProblems';
import { useCalendarAccess, usePorts, type FollowUpSettings } from '../../hooks';
import type { Words } from '../../../words';
import { followUpKindLabel, fromDateTimeLocalValue, toDateTimeLocalValue } from '../../format';
import { useWords } from '../../words';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';
import { CalendarFailure } from './CalendarFailure';
import { CalendarStatus } from './CalendarStatus';
import { followUpRequest } from './followUpRequest';
import { SeriesOffer } from './SeriesOffer';
import { SlotFinder } from './SlotFinder';
import { useCalendarTask } from './useCalendarTask';
import { useNextOccurrence } from './useNextOccurrence';
import { useOccurrencePlanSync } from './useOccurrencePlanSync';

export interface FollowUpPlannerProps {
  sessionId: string;
  followUp: FollowUp;
  /** The shared plan the invite carries, and who coaches and is coached. */
  plan: FollowUpPlan;
  role: Role;
  onPlan(settings: FollowUpSettings): DispatchResult;
  onRecordEvent(event: CalendarEventRef & { notesUrl?: string }): DispatchResult;
  onAccepted(): DispatchResult;
  /** Records in the shared session whether the summary reached the meeting chat. */
  onChatSummary(state: 'posted' | 'uncertain'): DispatchResult;
}

function describe(words: Words, followUp: FollowUp): string {
  const kind = followUpKindLabel(words, followUp.kind);
  const minutes = followUp.durationMinutes;
  return followUp.start === null
    ? words.t('panel.followUp.summaryNoTime', { kind, minutes })
    : words.t('panel.followUp.summary', { kind, when: words.dateTime(followUp.start), minutes });
}

/**
 * The coach plans the follow-up (or decision meeting), finds a time both are
 * free and puts it on the calendars while the coachee watches; everyone sees
 * where it stands. What the coach typed stays in the form whatever fails.
 */
export function FollowUpPlanner({
  sessionId,
  followUp,
  plan,
  role,
  onPlan,
  onRecordEvent,
  onAccepted,
  onChatSummary,
}: FollowUpPlannerProps) {
  const styles = useSectionStyles();
  const words = useWords();
  const headingId = useId();
  const uncertainId = useId();
  const { access, today } = useCalendarAccess();
  const [kind, setKind] = useState<FollowUpKind>(followUp.kind);
  const [start, setStart] = useState(toDateTimeLocalValue(followUp.start));
  const [length, setLength] = useState(String(followUp.durationMinutes));
  const [before, setBefore] = useState(() => followUpWindowEnd(plan, today));
  const [withSummary, setWithSummary] = useState(false);
  // Whether the summary went out is the shared session's word, never this panel's: read at send time,
  // so a retry of the event (or another panel, or a reload) never posts it again.
  const chatSummary = useRef(followUp.chatSummary);
  useEffect(() => {
    chatSummary.current = followUp.chatSummary;
  }, [followUp.chatSummary]);
  const planning = useRejection();
  const [saved, setSaved] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ length: string | null; start: string | null }>({ length: null, start: null });
  const { clock } = usePorts();
  const scheduling = useCalendarTask(access);
  const posting = useCalendarTask(access);
  const onSeries = useCalendarTask(access);
  // Once the invite exists the plan is the calendar's; the domain refuses edits then.
  const canPlan = mayIssue(role, 'planFollowUp') && followUp.coachEvent === null;
  const coachName = plan.coach?.displayName ?? words.t('panel.followUp.theCoach');
  const coacheeName = plan.coachee?.displayName ?? words.t('panel.followUp.theCoachee');
  const where = access && { timeZone: access.timeZone, notesUrl: access.notesUrl };
  const attendee = plan.coachee?.address ? { address: plan.coachee.address, displayName: plan.coachee.displayName } : null;
  const series = useNextOccurrence(access, attendee, before, canPlan);
  // After closure, a change of the shared plan goes into the occurrence the follow-up rides on.
  const recorded = role === 'coach' && where && followUp.coachEvent !== null && followUp.start !== null ? followUp.start : null;
  const planNow = recorded === null ? null : followUpRequest(sessionId, plan, { ...followUp, start: recorded }, where!, words);
  const planSync = useOccurrencePlanSync(access, followUp.coachEvent?.eventId ?? null, planNow?.ok ? planNow.request : null);

  /**
   * Checks the typed settings by the domain's rules, says each problem at its
   * field, and saves them in the session; null when something is wrong. A
   * time is required only when it is to go on the calendars.
   */
  const save = (forCalendar: boolean): FollowUpSettings | null => {
    planning.reset();
    const durationMinutes = Number(length);
    const settings = { kind, start: fromDateTimeLocalValue(start), durationMinutes };
    const lengthProblem = followUpLengthProblem(durationMinutes);
    const timeProblem = followUpTimeProblem(settings.start, clock.now());
    const windowEnd = fromDateTimeLocalValue(`${before}T00:00`);
    const startProblem =
      timeProblem === 'missing' && !forCalendar
        ? null
        : (timeProblem ??
          (forCalendar && windowEnd !== null && settings.start !== null && settings.start >= windowEnd ? 'afterWindow' : null));
    const errors = {
      length: lengthProblem && followUpLengthMessage(words, lengthProblem),
      start: startProblem && followUpTimeMessage(words, startProblem, before),
    };
    setFieldErrors(errors);
    if (errors.length || errors.start) return null;
    return planning.check(onPlan(settings)) ? settings : null;
  };

  const schedule = () => {
    setSaved(false);
    const settings = save(true);
    if (!settings || !where || settings.start === null) return;
    const built = followUpRequest(sessionId, plan, { ...settings, start: settings.start }, where, words);
    if (!built.ok) {
      planning.show(built.message);
      return;
    }
    const chatId = withSummary ? access.chatId : null;
    void scheduling.run(async (gateway) => {
      const { event, summary } = await gateway.scheduleFollowUp(built.request, chatSummary.current === null ? chatId : null);
      if (summary) recordPosting(summary.ok ? null : summary.failure);
      if (event.ok) planning.check(onRecordEvent({ ...event.value, notesUrl: where.notesUrl }));
      return event;
    });
  };

  /**
   * The follow-up on the pair's next 1:1: its time and length become the
   * session's, the plan goes into that occurrence's body, and the occurrence
   * is recorded as the follow-up, as a new meeting would be. "Try again"
   * repeats it all; the gateway writes the same plan once.
   */
  const planOnSeries = (occurrence: SeriesOccurrence) => {
    setSaved(false);
    planning.reset();
    if (!where) return;
    const settings = { kind, start: occurrence.start, durationMinutes: occurrence.durationMinutes };
    if (!planning.check(onPlan(settings))) return;
    const built = followUpRequest(sessionId, plan, settings, where, words);
    if (!built.ok) return planning.show(built.message);
    const chatId = withSummary ? access.chatId : null;
    void onSeries.run(async (gateway) => {
      const event = await gateway.planOnOccurrence(built.request, occurrence.eventId);
      if (!event.ok) return event;
      planning.check(onRecordEvent({ ...event.value, notesUrl: where.notesUrl }));
      if (chatId && chatSummary.current === null) {
        const posted = await gateway.postSummaryToChat(chatId, built.request);
        recordPosting(posted.ok ? null : posted.failure);
      }
      return event;
    });
  };

  /** What a send of the summary says about the chat: posted, or (a lost answer) perhaps posted. */
  const recordPosting = (failure: GraphFailure | null) => {
    if (failure === null) planning.check(onChatSummary('posted'));
    else if (failure.kind === 'offline') planning.check(onChatSummary('uncertain'));
    else posting.show(failure);
  };

  const postSummary = () => {
    if (!where || !access.chatId || followUp.start === null || followUp.chatSummary?.state === 'posted') return;
    const built = followUpRequest(sessionId, plan, { ...followUp, start: followUp.start }, where, words);
    if (!built.ok) return planning.show(built.message);
    const chatId = access.chatId;
    void posting.run(async (gateway) => {
      const outcome = await gateway.postSummaryToChat(chatId, built.request);
      recordPosting(outcome.ok ? null : outcome.failure);
      // A lost answer is the coach's to judge (the question below), not a failure to retry blindly.
      return outcome.ok || outcome.failure.kind === 'offline' ? { ok: true as const, value: undefined } : outcome;
    });
  };

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        {words.t('panel.followUp.heading')}
      </h3>
      {canPlan ? (
        <form
          className={styles.form}
          // Checked by the domain's rules and said at each field, not by the browser's bubbles.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            // One action: with a calendar it puts the follow-up on both; without, it keeps the plan.
            if (where) schedule();
            else setSaved(save(false) !== null);
          }}
          onChange={() => setSaved(false)}
        >
          <Field label={words.t('panel.followUp.kind')} hint={words.t('panel.followUp.kindHint')}>
            <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as FollowUpKind)}>
              <Radio value="statusUpdate" label={followUpKindLabel(words, 'statusUpdate')} />
              <Radio value="decisionMeeting" label={followUpKindLabel(words, 'decisionMeeting')} />
            </RadioGroup>
          </Field>
          {access && (
            <SeriesOffer
              lookup={series.lookup}
              onRetryLookup={series.retry}
              coacheeName={coacheeName}
              timeZone={access.timeZone}
              onUse={planOnSeries}
              pending={onSeries.pending || scheduling.pending}
              failure={onSeries.failure}
              onRetryUse={onSeries.retry}
            />
          )}
          <Field
            label={words.t('panel.followUp.length')}
            validationState={fieldErrors.length ? 'error' : 'none'}
            validationMessage={fieldErrors.length}
          >
            <Input
              type="number"
              min={LIMITS.minFollowUpMinutes}
              max={LIMITS.maxFollowUpMinutes}
              step={5}
              value={length}
              onChange={(_, d) => {
                setLength(d.value);
                setFieldErrors((e) => ({ ...e, length: null }));
              }}
            />
          </Field>
          {access && (
            <SlotFinder
              calendar={access}
              attendee={attendee}
              durationMinutes={Number(length) || followUp.durationMinutes}
              before={before}
              onBeforeChange={setBefore}
              picked={fromDateTimeLocalValue(start)}
              onPick={(at) => {
                setStart(toDateTimeLocalValue(at));
                setSaved(false);
                setFieldErrors((e) => ({ ...e, start: null }));
              }}
            />
          )}
          <Field
            label={words.t('panel.followUp.start')}
            validationState={fieldErrors.start ? 'error' : 'none'}
            validationMessage={fieldErrors.start}
          >
            <Input
              type="datetime-local"
              value={start}
              onChange={(_, d) => {
                setStart(d.value);
                setFieldErrors((e) => ({ ...e, start: null }));
              }}
            />
          </Field>
          {access?.chatId && (
            <Checkbox
              checked={withSummary}
              onChange={(_, d) => setWithSummary(d.checked === true)}
              label={words.t('panel.followUp.withSummary')}
            />
          )}
          {saved && (
            <p role="status" className={styles.hint}>
              {words.t('panel.followUp.saved')}
            </p>
          )}
          <CalendarFailure failure={scheduling.failure} onRetry={scheduling.retry} disabled={scheduling.pending} />
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={scheduling.pending || onSeries.pending}>
              {access ? words.t('panel.followUp.putOnCalendars') : words.t('panel.followUp.save')}
            </Button>
            {scheduling.pending && <Spinner size="tiny" label={words.t('panel.followUp.creating')} />}
          </div>
          <InlineAlert message={planning.error} />
          {access && <p className={styles.hint}>{words.t('panel.followUp.inviteHint', { coachee: coacheeName })}</p>}
        </form>
      ) : (
        <p className={styles.text}>{describe(words, followUp)}</p>
      )}

      {planSync.failure && (
        <div className={styles.form} data-series="updateFailed">
          <p className={styles.hint}>{words.t('panel.followUp.series.updateFailed')}</p>
          <CalendarFailure failure={planSync.failure} onRetry={planSync.retry} />
        </div>
      )}

      <CalendarStatus
        followUp={followUp}
        coachName={coachName}
        coacheeName={coacheeName}
        role={role}
        calendar={access}
        onAccepted={onAccepted}
      />

      {!canPlan && role === 'coach' && followUp.coachEvent !== null && access?.chatId && (
        <div className={styles.form}>
          {followUp.chatSummary?.state === 'posted' ? (
            <p role="status" className={styles.hint} data-summary="posted">
              {words.t('panel.followUp.summaryPosted')}
            </p>
          ) : followUp.chatSummary?.state === 'uncertain' ? (
            <div role="group" aria-labelledby={uncertainId} className={styles.form} data-summary="uncertain">
              <p id={uncertainId} className={styles.text}>
                {words.t('panel.followUp.summaryUncertain')}
              </p>
              <div className={styles.actions}>
                <Button onClick={() => planning.check(onChatSummary('posted'))}>{words.t('panel.followUp.itIsThere')}</Button>
                <Button onClick={postSummary} disabled={posting.pending}>
                  {words.t('panel.followUp.postAgain')}
                </Button>
                {posting.pending && <Spinner size="tiny" label={words.t('panel.followUp.posting')} />}
              </div>
            </div>
          ) : (
            <div className={styles.actions}>
              <Button onClick={postSummary} disabled={posting.pending}>
                {words.t('panel.followUp.postSummary')}
              </Button>
              {posting.pending && <Spinner size="tiny" label={words.t('panel.followUp.posting')} />}
            </div>
          )}
          <CalendarFailure failure={posting.failure} onRetry={postSummary} disabled={posting.pending} />
          <InlineAlert message={planning.error} />
        </div>
      )}
    </section>
  );
}
