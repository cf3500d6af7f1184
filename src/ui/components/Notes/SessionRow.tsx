import { useId, useState, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { useWords } from '../../words';
import { useHistoryNotesStyles } from './useHistoryNotesStyles.styles';
import { useNotesStyles } from './useNotesStyles.styles';

export interface SessionRowProps {
  /** The disclosure's text: when, and the challenge. */
  label: ReactNode;
  stepsDone: number;
  stepsTotal: number;
  /** The session's full notes, rendered only while expanded. */
  renderNotes(): ReactNode;
}

/** An earlier session in a list: a disclosure with its next steps done, expandable to its notes. */
export function SessionRow({ label, stepsDone, stepsTotal, renderNotes }: SessionRowProps) {
  const notes = useNotesStyles();
  const own = useHistoryNotesStyles();
  const words = useWords();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <li className={notes.item}>
      <div className={own.row}>
        <Button
          appearance="subtle"
          className={own.disclosure}
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          {label}
        </Button>
        <p className={notes.meta}>{words.t('notes.sessionRow.steps', { done: stepsDone, total: stepsTotal })}</p>
      </div>
      <div id={panelId} hidden={!open} className={own.expanded}>
        {open && renderNotes()}
      </div>
    </li>
  );
}
