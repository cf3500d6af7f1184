import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import { useState } from 'react';
import { LIMITS, STAGE_LABELS, type Criterion, type Stage } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import type { CriterionReader } from '../../content/criterionText';
import { CriteriaList } from '../CriteriaList';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';

export interface AdvanceAnywayDialogProps {
  open: boolean;
  from: Stage;
  to: Stage;
  /** The criteria of `from` still missing. */
  missing: Criterion[];
  reader: CriterionReader;
  onOpenChange(open: boolean): void;
  onConfirm(reason: string): DispatchResult;
}

/** Moving on with criteria missing is allowed, but deliberate: the timeline records it. */
export function AdvanceAnywayDialog({ open, from, to, missing, reader, onOpenChange, onConfirm }: AdvanceAnywayDialogProps) {
  const styles = useSectionStyles();
  const [reason, setReason] = useState('');
  const confirming = useRejection();

  const close = () => {
    setReason('');
    confirming.reset();
    onOpenChange(false);
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? onOpenChange(true) : close())}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (confirming.check(onConfirm(reason))) close();
          }}
        >
          <DialogBody>
            <DialogTitle>{STAGE_LABELS[from]} is not finished yet</DialogTitle>
            <DialogContent className={styles.form}>
              <p className={styles.text}>Still missing before {STAGE_LABELS[to]}:</p>
              <CriteriaList criteria={missing} reader={reader} label={`Missing criteria of ${STAGE_LABELS[from]}`} />
              <p className={styles.hint}>
                You can move on anyway; the timeline will show that {STAGE_LABELS[from]} was left unfinished.
              </p>
              <Field label="Reason (optional)">
                <Input value={reason} maxLength={LIMITS.shortText} onChange={(_, d) => setReason(d.value)} />
              </Field>
              <InlineAlert message={confirming.error} />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                Advance anyway
              </Button>
              <Button onClick={close}>Stay in {STAGE_LABELS[from]}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
