import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { LIMITS, STAGE_LABELS, type Criterion, type Stage } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import type { CriterionReader } from '../../content/criterionText';
import { CriteriaList } from '../CriteriaList';
import { InlineAlert, PanelDialog, useRejection, useSectionStyles } from '../shared';

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
    <PanelDialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={`${STAGE_LABELS[from]} is not finished yet`}
      onSubmit={() => {
        if (confirming.check(onConfirm(reason))) close();
      }}
      actions={
        <>
          <Button type="submit" appearance="primary">
            Advance anyway
          </Button>
          <Button onClick={close}>Stay in {STAGE_LABELS[from]}</Button>
        </>
      }
    >
      <p className={styles.text}>Still missing before {STAGE_LABELS[to]}:</p>
      <CriteriaList criteria={missing} reader={reader} label={`Missing criteria of ${STAGE_LABELS[from]}`} />
      <p className={styles.hint}>You can move on anyway; the timeline will show that {STAGE_LABELS[from]} was left unfinished.</p>
      <Field label="Reason (optional)">
        <Input value={reason} maxLength={LIMITS.shortText} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <InlineAlert message={confirming.error} />
    </PanelDialog>
  );
}
