import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Field, Textarea, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ARCHIVE_LIMITS, type EpochMs } from '../../../domain';
import type { PrivateNotesKeeping, PrivateNotesStore } from '../../../ports';
import { useWords } from '../../words';
import { GROW_WITH_TEXT, useSectionStyles, VISUALLY_HIDDEN } from '../shared';

/** Quiet time after the last keystroke before the notes are kept on this device. */
export const PRIVATE_NOTES_DEBOUNCE_MS = 1_000;

const useStyles = makeStyles({
  status: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0, minHeight: tokens.lineHeightBase200 },
  warning: { ...typographyStyles.caption1Strong, color: tokens.colorPaletteDarkOrangeForeground1, margin: 0 },
  visuallyHidden: VISUALLY_HIDDEN,
  grow: GROW_WITH_TEXT,
});

export interface PrivateNotesSectionProps {
  notes: PrivateNotesStore;
  now(): EpochMs;
  /** Quiet time before keeping; tests shorten it. */
  debounceMs?: number;
}

/**
 * The coach's private notes: a plain textarea, kept on this device as the
 * coach types (after a second's pause and on leaving the field), and in the
 * coach's own OneDrive copy with the session. Never part of the shared
 * session: the coachee and observers never see this section.
 */
export function PrivateNotesSection({ notes, now, debounceMs = PRIVATE_NOTES_DEBOUNCE_MS }: PrivateNotesSectionProps) {
  const section = useSectionStyles();
  const styles = useStyles();
  const words = useWords();
  const headingId = useId();
  const [draft, setDraft] = useState(() => notes.load()?.text ?? '');
  const [keeping, setKeeping] = useState<PrivateNotesKeeping | null>(() => (notes.load() ? 'kept' : null));
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const nowRef = useRef(now);
  useEffect(() => {
    nowRef.current = now;
  }, [now]);

  const keep = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setKeeping(notes.save(text, nowRef.current()));
  }, [notes]);

  // Notes brought in from the coach's own copy (a new device) fill an empty, untouched field.
  useEffect(
    () =>
      notes.subscribe(() => {
        const loaded = notes.load();
        if (pending.current !== null || !loaded) return;
        setDraft((current) => (current === '' ? loaded.text : current));
        setKeeping((current) => current ?? 'kept');
      }),
    [notes],
  );
  // Leaving the panel keeps what was typed. When the page is hidden or left, this runs
  // first (capture), so the own-copy save that follows has the latest text.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    document.addEventListener('visibilitychange', onHidden, { capture: true });
    window.addEventListener('pagehide', keep, { capture: true });
    return () => {
      document.removeEventListener('visibilitychange', onHidden, { capture: true });
      window.removeEventListener('pagehide', keep, { capture: true });
      keep();
    };
  }, [keep]);

  const onChange = (value: string) => {
    setDraft(value);
    pending.current = value;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(keep, debounceMs);
  };

  return (
    <section className={section.section} aria-labelledby={headingId}>
      {/* The field's label says it all to the eye; the heading keeps the page outline. */}
      <h2 id={headingId} className={styles.visuallyHidden}>
        {words.t('panel.privateNotes.heading')}
      </h2>
      <Field label={words.t('panel.privateNotes.field')}>
        <Textarea
          dir="auto"
          value={draft}
          maxLength={ARCHIVE_LIMITS.coachNotes}
          resize="vertical"
          textarea={{ className: styles.grow }}
          onChange={(_, data) => onChange(data.value)}
          onBlur={keep}
        />
      </Field>
      <p role="status" className={keeping === 'memoryOnly' ? styles.warning : styles.status}>
        {keeping === 'kept' ? words.t('panel.privateNotes.kept') : keeping === 'memoryOnly' ? words.t('panel.privateNotes.notKept') : ''}
      </p>
    </section>
  );
}
