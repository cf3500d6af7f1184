import { useId } from 'react';
import { Text } from '@fluentui/react-components';
import type { SimPerson } from './host';
import type { SignIn } from './simulatorState';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

/** One line per kind of token: "Teams gave Alex a token for Calendars.ReadWrite and ChatMessage.Send". */
export function signInText(person: SimPerson, signIn: SignIn): string {
  const { scopes, count } = signIn;
  const names = scopes.length > 1 ? `${scopes.slice(0, -1).join(', ')} and ${scopes.at(-1)}` : (scopes[0] ?? '');
  return `Teams gave ${person.displayName} a token for ${names}${count > 1 ? ` (${count} times)` : ''}`;
}

export interface ParticipantSignInsProps {
  person: SimPerson;
  signIns: readonly SignIn[];
}

/**
 * What the simulated Teams gave this person when the app's MSAL asked it
 * (nested app authentication), so sign-in is seen happening.
 */
export function ParticipantSignIns({ person, signIns }: ParticipantSignInsProps) {
  const styles = useSimulatorStyles();
  const headingId = useId();
  const latest = signIns.at(-1);
  return (
    <section className={styles.signIns} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" size={300} className={styles.paneHeading}>
        {person.displayName}’s sign-ins
      </Text>
      {signIns.length === 0 ? (
        <Text as="p" size={200} className={styles.status}>
          None yet: the app asks Teams for a token when it first needs Microsoft Graph.
        </Text>
      ) : (
        <ul className={styles.calendarList}>
          {signIns.map((signIn) => (
            <li key={signIn.scopes.join(' ')}>
              <Text size={200}>{signInText(person, signIn)}</Text>
            </li>
          ))}
        </ul>
      )}
      {/* Present from the start, so a screen reader announces each new token. */}
      <div aria-live="polite" className={styles.visuallyHidden}>
        {latest ? `${signInText(person, latest)}.` : ''}
      </div>
    </section>
  );
}
