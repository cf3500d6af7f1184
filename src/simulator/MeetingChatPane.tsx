import { useCallback, useId } from 'react';
import { Button, mergeClasses, Text } from '@fluentui/react-components';
import { AdaptiveCardView } from './AdaptiveCardView';
import { EntryLinks } from './EntryLinks';
import type { SimPerson } from './host';
import { linkFollowedBy } from './meetingAddress';
import type { ChatEntry, LoadChat } from './meetingChat';
import { PolledListStatus } from './PolledListStatus';
import { useChatStyles } from './useChatStyles.styles';
import { usePolledList } from './usePolledList';
import { useSimulatorStyles } from './useSimulatorStyles.styles';
import { ViewAsPicker } from './ViewAsPicker';

/** How often the chat asks the sandbox again. */
export const CHAT_POLL_MS = 2_000;

const sentFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
const messageKey = (m: ChatEntry) => m.id;

export interface MeetingChatPaneProps {
  /** Reads the meeting's chat as a person. */
  load: LoadChat;
  /** Whose Teams shows the chat. */
  viewer: SimPerson;
  /** Who the tester may show it as. */
  people: readonly SimPerson[];
  pollMs?: number;
  onViewerChange(viewer: SimPerson): void;
  onClose(): void;
  /** This simulator page's address; the page's own by default. */
  simulatorAddress?: string;
}

/**
 * The meeting's chat as one attendee's Teams shows it, read from the local
 * Graph sandbox with their token: typed text as text, Adaptive Cards through
 * Microsoft's renderer, newest last.
 */
export function MeetingChatPane({
  load,
  viewer,
  people,
  pollMs = CHAT_POLL_MS,
  onViewerChange,
  onClose,
  simulatorAddress = window.location.href,
}: MeetingChatPaneProps) {
  const styles = useSimulatorStyles();
  const chat = useChatStyles();
  const headingId = useId();
  const { state, news } = usePolledList(viewer.userId, load, pollMs, messageKey);
  // A card's link opens in a new window; a notes link to this simulator opens the notes as the viewer.
  const openUrl = useCallback(
    (href: string) => void window.open(linkFollowedBy(href, viewer, simulatorAddress), '_blank', 'noopener,noreferrer'),
    [viewer, simulatorAddress],
  );

  return (
    <section className={mergeClasses(styles.pane, chat.pane)} aria-labelledby={headingId}>
      <div className={styles.paneBar}>
        <Text as="h2" id={headingId} weight="semibold" size={400} className={styles.paneHeading}>
          Meeting chat
        </Text>
        <ViewAsPicker viewer={viewer} people={people} onViewerChange={onViewerChange} />
        <Button size="small" onClick={onClose}>
          Close
        </Button>
      </div>
      <PolledListStatus state={state} source="Chat" empty="No messages yet" />
      {state.kind === 'ready' && state.items.length > 0 && (
        <ol className={chat.messages} aria-label="Messages">
          {state.items.map((m) => (
            <li key={m.id}>
              <ChatMessage message={m} viewer={viewer} onOpenUrl={openUrl} />
            </li>
          ))}
        </ol>
      )}
      <div aria-live="polite" className={styles.visuallyHidden}>
        {news.added.map((m) => `New message from ${m.from}.`).join(' ')}
      </div>
    </section>
  );
}

interface ChatMessageProps {
  message: ChatEntry;
  viewer: SimPerson;
  onOpenUrl(href: string): void;
}

function ChatMessage({ message: m, viewer, onOpenUrl }: ChatMessageProps) {
  const chat = useChatStyles();
  const headerId = useId();
  const own = m.fromId === viewer.userId;
  return (
    <article className={mergeClasses(chat.message, own && chat.own)} aria-labelledby={headerId}>
      <Text as="p" size={200} id={headerId} className={chat.header}>
        <span className={chat.sender}>{own ? `${m.from} (you)` : m.from}</span>
        {m.sent !== null && (
          <time className={chat.time} dateTime={new Date(m.sent).toISOString()}>
            {sentFormat.format(m.sent)}
          </time>
        )}
      </Text>
      {m.text && (
        <Text as="p" className={chat.text}>
          {m.text}
        </Text>
      )}
      <EntryLinks links={m.links} person={viewer} />
      {m.cards.map((json, i) => (
        <AdaptiveCardView key={i} json={json} onOpenUrl={onOpenUrl} />
      ))}
      {m.unshown > 0 && (
        <Text as="p" size={200} className={chat.note}>
          {m.unshown === 1 ? 'An attachment the simulator does not show.' : `${m.unshown} attachments the simulator does not show.`}
        </Text>
      )}
    </article>
  );
}
