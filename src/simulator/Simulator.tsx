import { type CSSProperties, useEffect, useLayoutEffect, useMemo, useReducer, useState } from 'react';
import { FluentProvider, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import { messageOf } from '../base';
import type { ThemeName } from '../ports';
import { CONFIGURATION_URL, DEFAULT_CONTENT_URL } from './appPages';
import { ConfigPane } from './ConfigPane';
import { chatIdOf, fillTheme, hostEvent, idSpellingFrom, type SimPerson } from './host';
import { SIM_LOCALE } from './simLocale';
import {
  COACH,
  COACHEE,
  OBSERVER,
  forgetNotesRequest,
  heldLiveShareFrom,
  notesOnPhoneFrom,
  meetingIdFrom,
  newMeetingId,
  notesRequestedFrom,
  rememberMeetingId,
  setupRequested,
} from './meetingAddress';
import { MeetingBar, type WeeklySeriesStatus } from './MeetingBar';
import { sandboxChat } from './meetingChat';
import { MeetingChatPane } from './MeetingChatPane';
import { NotesPane } from './NotesPane';
import { SimulatedOfficeHost } from './office';
import { panelWidthFrom, type PanelWidth } from './panelWidth';
import { ParticipantPane } from './ParticipantPane';
import { PersonalPane } from './PersonalPane';
import { sandboxCalendar } from './sandboxCalendar';
import { sandboxReader, sandboxRequester } from './sandboxGraph';
import { sandboxTasks } from './sandboxTasks';
import { CONFIG_PANE, initialState, NOTES_PANE, PERSONAL_PANE, reduce, sidePanelPane, STAGE_PANE, type SignIn } from './simulatorState';
import { StagePane } from './StagePane';
import { useSimulatedHost } from './useSimulatedHost';
import { bookWeeklySeries } from './weeklySeries';
import { PANEL_WIDTH_PROPERTY, useSimulatorStyles } from './useSimulatorStyles.styles';

const FLUENT_THEMES: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const EVERYONE = [COACH, COACHEE, OBSERVER];
/** How this simulated Teams spells user ids (`?ids=compound`: as some desktop clients do). */
const idSpelling = idSpellingFrom(window.location.search);
const NO_SIGN_INS: readonly SignIn[] = [];

/**
 * Opens (or starts) the meeting named in the address, with Stagecoach added
 * unless `?setup`; a notes link (`&tab=notes`) opens its notes tab too, once.
 */
function startingState() {
  const { search } = window.location;
  const id = meetingIdFrom(search) ?? newMeetingId();
  const notesViewer = notesRequestedFrom(search, [COACH, COACHEE]);
  rememberMeetingId(id);
  forgetNotesRequest();
  const state = initialState(id, setupRequested(search) ? null : { contentUrl: DEFAULT_CONTENT_URL });
  return notesViewer ? { ...state, notes: { viewer: notesViewer } } : state;
}

/** The person whose client shows a pane; the coach adds the app and opens the stage. */
const viewerOf = (paneId: string): SimPerson => EVERYONE.find((p) => sidePanelPane(p) === paneId) ?? COACH;

/** A local stand-in for a Teams meeting: each attendee's side panel, side by side, and a Teams host for them. */
export function Simulator({ fluidEndpoint = null }: { fluidEndpoint?: string | null }) {
  const styles = useSimulatorStyles();
  const [state, dispatch] = useReducer(
    (s: ReturnType<typeof startingState>, a: Parameters<typeof reduce>[1]) => reduce(s, a, viewerOf),
    undefined,
    startingState,
  );
  const { meetingId, theme, installed } = state;
  const [panelWidth, setPanelWidth] = useState<PanelWidth>(() => panelWidthFrom(window.location.search));
  const host = useSimulatedHost(
    {
      meeting: { meetingId, organizer: COACH, theme, idSpelling, locale: SIM_LOCALE },
      origin: window.location.origin,
      savedConfig: installed,
      stageOpen: state.stage !== null,
      fluidEndpoint,
    },
    (paneId, effect) => dispatch({ type: 'effect', paneId, effect }),
  );
  // The simulator's Outlook: task panes opened from each person's calendar; its sign-ins join their list.
  const [officeHost] = useState(
    () =>
      new SimulatedOfficeHost(window, (grant) =>
        dispatch({ type: 'effect', paneId: `outlook:${grant.userId}`, effect: { kind: 'tokenGranted', grant } }),
      ),
  );
  useEffect(() => () => officeHost.dispose(), [officeHost]);
  const people = state.observer ? EVERYONE : [COACH, COACHEE];
  // Whose side panels start with Live Share held, from the address (`?holdLiveShare=coach`).
  const [heldAtStart] = useState(() => heldLiveShareFrom(window.location.search));
  // Whether the notes tab opens in Teams on a phone (`?phone=notes`).
  const [notesOnPhone] = useState(() => notesOnPhoneFrom(window.location.search));
  // The notes tab's too (`?holdLiveShare=notes`), before it is opened: it has no checkbox of its own.
  useLayoutEffect(() => {
    if (heldAtStart.has('notes')) host.holdLiveShare(NOTES_PANE, true);
  }, [host, heldAtStart]);
  // One reader for every pane: it asks the server where the Graph sandbox is once.
  const request = useMemo(() => sandboxRequester(), []);
  const sandbox = useMemo(() => sandboxReader(request), [request]);
  const loadCalendar = useMemo(() => sandboxCalendar(sandbox), [sandbox]);
  const loadTasks = useMemo(() => sandboxTasks(sandbox), [sandbox]);
  const loadChat = useMemo(() => sandboxChat(sandbox, chatIdOf(meetingId)), [sandbox, meetingId]);

  // Ends the meeting as Live Share's retention does, hours later: the side
  // panels close (a best-effort save as each is left) and the container is
  // forgotten; the Graph sandbox's drives are untouched.
  const endMeeting = () => {
    dispatch({ type: 'endMeeting' });
    host.forgetContainer(meetingId, fluidEndpoint);
  };

  // The weekly series made with a new meeting, while that meeting is on.
  const [series, setSeries] = useState<WeeklySeriesStatus | null>(null);

  const startNewMeeting = () => {
    const id = newMeetingId();
    rememberMeetingId(id);
    dispatch({ type: 'newMeeting', meetingId: id });
    return id;
  };

  // A new meeting that is the first of a weekly series on the coach's calendar, the coachee invited.
  const startWeeklyMeeting = () => {
    const id = startNewMeeting();
    setSeries({ meetingId: id, kind: 'booking' });
    bookWeeklySeries(request, { organizer: COACH, attendee: COACHEE, meetingId: id, now: Date.now() }).then(
      ({ start }) => setSeries({ meetingId: id, kind: 'booked', start }),
      (error: unknown) => setSeries({ meetingId: id, kind: 'failed', message: messageOf(error) }),
    );
  };

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} className={styles.page}>
      <MeetingBar
        meetingId={meetingId}
        theme={theme}
        panelWidth={panelWidth}
        onPanelWidthChange={setPanelWidth}
        observer={state.observer}
        contentUrl={installed?.contentUrl ?? null}
        configOpen={state.config.open}
        ended={state.ended}
        onEndMeeting={endMeeting}
        onThemeChange={(next) => dispatch({ type: 'theme', theme: next })}
        onNewMeeting={startNewMeeting}
        onNewWeeklyMeeting={startWeeklyMeeting}
        series={series?.meetingId === meetingId ? series : null}
        onObserverChange={(on) => dispatch({ type: 'observer', on })}
        onAddApp={() => dispatch({ type: 'openConfig' })}
        onSkipSetup={() => dispatch({ type: 'install', config: { contentUrl: DEFAULT_CONTENT_URL } })}
        // Teams' own "share to stage" loads the tab's page in the stage frame context.
        onOpenStage={() =>
          installed && dispatch({ type: 'openStage', url: fillTheme(installed.contentUrl, theme, SIM_LOCALE), viewer: COACH })
        }
        // Teams loads the tab's page in the meeting's details and chat tabs in frame context content.
        onOpenNotes={() => dispatch({ type: 'notes', viewer: COACH })}
        // Stagecoach's personal app, outside the meeting: in Teams, Outlook and the Microsoft 365 app.
        onOpenPersonal={() => dispatch({ type: 'personal', viewer: COACH })}
        // The meeting's chat, as Teams shows it beside the meeting, read from the Graph sandbox.
        onOpenChat={() => dispatch({ type: 'chat', viewer: state.chat?.viewer ?? COACH })}
      />
      <main className={styles.panes} style={{ [PANEL_WIDTH_PROPERTY]: `${panelWidth}px` } as CSSProperties}>
        {state.config.open && (
          <ConfigPane
            host={host}
            paneId={CONFIG_PANE}
            configurationUrl={CONFIGURATION_URL}
            person={COACH}
            theme={theme}
            status={state.statuses[CONFIG_PANE]}
            valid={state.config.valid}
            error={state.config.error}
            onSave={() => host.send(CONFIG_PANE, hostEvent('settings.save', [{}]))}
            onCancel={() => dispatch({ type: 'closeConfig' })}
          />
        )}
        {installed &&
          !state.ended &&
          people.map((person) => (
            // Keyed by meeting and tab too: a new meeting or a new tab reloads every panel.
            <ParticipantPane
              key={`${meetingId}/${installed.contentUrl}/${person.userId}`}
              host={host}
              paneId={sidePanelPane(person)}
              person={person}
              contentUrl={installed.contentUrl}
              theme={theme}
              status={state.statuses[sidePanelPane(person)]}
              loadCalendar={loadCalendar}
              loadTasks={loadTasks}
              openItem={state.personal?.viewer.userId === person.userId ? state.personal.opened : null}
              signIns={state.signIns[person.userId] ?? NO_SIGN_INS}
              officeHost={officeHost}
              holdLiveShare={heldAtStart.has(person.part)}
            />
          ))}
        {state.stage && (
          <StagePane
            key={meetingId}
            host={host}
            paneId={STAGE_PANE}
            url={state.stage.url}
            viewer={state.stage.viewer}
            people={[COACH, COACHEE]}
            theme={theme}
            status={state.statuses[STAGE_PANE]}
            onViewerChange={(viewer) => state.stage && dispatch({ type: 'openStage', url: state.stage.url, viewer })}
            onClose={() => dispatch({ type: 'closeStage' })}
          />
        )}
        {installed && state.notes && (
          <NotesPane
            key={`${meetingId}/${installed.contentUrl}/${state.ended ? 'ended' : 'live'}`}
            host={host}
            paneId={NOTES_PANE}
            client={notesOnPhone ? 'phone' : 'desktop'}
            contentUrl={installed.contentUrl}
            viewer={state.notes.viewer}
            people={[COACH, COACHEE]}
            theme={theme}
            status={state.statuses[NOTES_PANE]}
            onViewerChange={(viewer) => dispatch({ type: 'notes', viewer })}
            onClose={() => dispatch({ type: 'notes', viewer: null })}
          />
        )}
        {state.chat && (
          <MeetingChatPane
            // Keyed by meeting and viewer: another chat, or another person's Teams, starts afresh.
            key={`${meetingId}/${state.chat.viewer.userId}`}
            load={loadChat}
            viewer={state.chat.viewer}
            people={people}
            onViewerChange={(viewer) => dispatch({ type: 'chat', viewer })}
            onClose={() => dispatch({ type: 'chat', viewer: null })}
          />
        )}
        {installed && state.personal && (
          <PersonalPane
            host={host}
            paneId={PERSONAL_PANE}
            viewer={state.personal.viewer}
            people={[COACH, COACHEE]}
            theme={theme}
            status={state.statuses[PERSONAL_PANE]}
            opened={state.personal.opened}
            onViewerChange={(viewer) => dispatch({ type: 'personal', viewer })}
            onClose={() => dispatch({ type: 'personal', viewer: null })}
          />
        )}
      </main>
    </FluentProvider>
  );
}
