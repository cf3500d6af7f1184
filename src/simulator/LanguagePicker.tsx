import { useId } from 'react';
import { Label, Select } from '@fluentui/react-components';
import { SIM_LOCALE } from './simLocale';
import { useSimulatorStyles } from './useSimulatorStyles.styles';

/** The Teams locales worth trying: Stagecoach's languages, one it does not speak, and the pseudo-locale. */
const LOCALES = [
  { tag: 'en-us', label: 'English (US)' },
  { tag: 'en-GB', label: 'English (UK)' },
  { tag: 'de-DE', label: 'Deutsch' },
  { tag: 'ar-SA', label: 'العربية' },
  { tag: 'fr-FR', label: 'Français (falls back to English)' },
  { tag: 'qps-ploc', label: 'Pseudo (long, accented)' },
];

/**
 * Every attendee's Teams and Outlook locale. Teams fixes a tab's locale when it
 * opens the tab, so a change reloads the simulator with `?locale=`; the meeting
 * and its session carry on.
 */
export function LanguagePicker() {
  const styles = useSimulatorStyles();
  const id = useId();
  const known = LOCALES.some((l) => l.tag.toLowerCase() === SIM_LOCALE.toLowerCase());
  const choices = known ? LOCALES : [...LOCALES, { tag: SIM_LOCALE, label: SIM_LOCALE }];
  const current = choices.find((l) => l.tag.toLowerCase() === SIM_LOCALE.toLowerCase())?.tag ?? SIM_LOCALE;
  return (
    <div className={styles.control}>
      <Label htmlFor={id}>Language</Label>
      <Select
        id={id}
        value={current}
        onChange={(_, data) => {
          const url = new URL(window.location.href);
          url.searchParams.set('locale', data.value);
          window.location.assign(url.toString());
        }}
      >
        {choices.map((l) => (
          <option key={l.tag} value={l.tag}>
            {l.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
