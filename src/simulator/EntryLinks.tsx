import { Link } from '@fluentui/react-components';
import type { SimPerson } from './host';
import type { ShownLink } from './inviteLinks';
import { isSimulatorNotesLink, linkFollowedBy } from './meetingAddress';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

export interface EntryLinksProps {
  links: readonly ShownLink[];
  /** Whose calendar or To Do shows them: a notes link opens the notes tab in their client. */
  person: SimPerson;
  /** This simulator page's address; the page's own by default. */
  simulatorAddress?: string;
}

/**
 * The links of an invite or a task, as Outlook or To Do offers them. A notes
 * link to this simulator opens its notes tab here, in the person's client;
 * any other link opens in a new window.
 */
export function EntryLinks({ links, person, simulatorAddress = window.location.href }: EntryLinksProps) {
  const styles = useSimulatorStyles();
  if (links.length === 0) return null;
  return (
    <ul className={styles.entryLinks}>
      {links.map((link, i) => {
        const here = isSimulatorNotesLink(link.href, simulatorAddress);
        return (
          <li key={`${i}:${link.href}`}>
            <Link
              href={linkFollowedBy(link.href, person, simulatorAddress)}
              className={styles.entryLink}
              {...(here ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
            >
              {link.text}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
