import { answerNestedAppAuth, NESTED_APP_AUTH, type SimPerson, type TokenGrant } from '../host';
import { ewsIdFromRest, OUTLOOK_THEMES, type OfficeSimMode, type OfficeSimSetup } from './fakeOffice';
import { officeSimMessage, parseOfficeSimMessage } from './messages';

/** One task pane frame: whose Outlook it is, and which meeting it has open. */
export interface OfficeFrame {
  person: SimPerson;
  /** The event's Graph (REST) id; the frame's Office.js reports it as Outlook's EWS id. */
  restId: string;
  mode: OfficeSimMode;
  theme: 'default' | 'dark';
  /** The person's Outlook display language. */
  locale: string;
}

/** What the simulated Outlook supports: Mailbox 1.8 (getItemIdAsync) and nested app authentication. */
export const OFFICE_SIM_REQUIREMENT_SETS = { Mailbox: '1.8', NestedAppAuth: '1.1' } as const;

export const setupFor = (frame: OfficeFrame): OfficeSimSetup => ({
  host: 'Outlook',
  item: { ewsId: ewsIdFromRest(frame.restId), mode: frame.mode },
  user: { email: frame.person.email, displayName: frame.person.displayName },
  requirementSets: OFFICE_SIM_REQUIREMENT_SETS,
  theme: OUTLOOK_THEMES[frame.theme === 'dark' ? 'dark' : 'light'],
  displayLanguage: frame.locale,
});

/**
 * The simulator's Outlook: answers the fake Office.js in task pane frames
 * (office-sim-taskpane.html) over postMessage. A message's sender is known by
 * the window it came from, never by what it says; nested app authentication
 * is answered for the person whose Outlook the frame is in, as the simulated
 * Teams does (answerNestedAppAuth).
 */
export class SimulatedOfficeHost {
  private readonly frames = new Map<Window, OfficeFrame>();

  constructor(
    private readonly win: Window,
    private readonly onGrant: (grant: TokenGrant) => void = () => undefined,
  ) {
    win.addEventListener('message', this.onMessage);
  }

  /** Starts answering the frame showing in `target`; returns the way to stop. */
  register(target: Window, frame: OfficeFrame): () => void {
    this.frames.set(target, frame);
    return () => {
      if (this.frames.get(target) === frame) this.frames.delete(target);
    };
  }

  dispose(): void {
    this.win.removeEventListener('message', this.onMessage);
    this.frames.clear();
  }

  private post(target: Window, message: unknown) {
    target.postMessage(message, this.win.location.origin);
  }

  private readonly onMessage = (event: MessageEvent) => {
    if (event.origin !== this.win.location.origin || !event.source) return;
    const target = event.source as Window;
    const frame = this.frames.get(target);
    if (!frame) return;
    const message = parseOfficeSimMessage(event.data);
    if (message?.kind === 'hello') this.post(target, officeSimMessage({ kind: 'setup', setup: setupFor(frame) }));
    if (message?.kind === 'naa') {
      const { reply, grant } = answerNestedAppAuth(
        { id: 0, func: NESTED_APP_AUTH, args: [], data: message.data },
        frame.person,
        Date.now(),
      );
      const answer = reply?.[1];
      if (typeof answer === 'string') this.post(target, officeSimMessage({ kind: 'naaReply', data: answer }));
      if (grant) this.onGrant(grant);
    }
  };
}
