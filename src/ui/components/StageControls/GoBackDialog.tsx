import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { LIMITS, STAGE_LABELS, type Stage } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { InlineAlert, PanelDialog, useRejection, useSectionStyles } from '../shared';

export interface GoBackDialogProps {
  open: boolean;
  /** The stages one may go back to, earliest first. */
  stages: Stage[];
  onOpenChange(open: boolean): void;
  /** Returns the verdict; the dialog closes only when it succeeds. */
  onConfirm(to: Stage, reason: string): DispatchResult;
}

/** Going back is normal, never an error: pick an earlier stage and, if you like, say why. */
export function GoBackDialog({ open, stages, onOpenChange, onConfirm }: GoBackDialogProps) {
  const styles = useSectionStyles();
  const [to, setTo] = useState<Stage | null>(null);
  const [reason, setReason] = useState('');
  const confirming = useRejection();
  // Default to the stage just before this one: the usual step back.
  const chosen = to !== null && stages.includes(to) ? to : (stages[stages.length - 1] ?? null);

  const close = () => {
    setTo(null);
    setReason('');
    confirming.reset();
    onOpenChange(false);
  };

  return (
    <PanelDialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title="Go back to an earlier stage"
      onSubmit={() => {
        if (chosen && confirming.check(onConfirm(chosen, reason))) close();
      }}
      actions={
        <>
          <Button type="submit" appearance="primary" disabled={chosen === null}>
            Go back
          </Button>
          <Button onClick={close}>Cancel</Button>
        </>
      }
    >
      <p className={styles.hint}>Going back is part of the process; the timeline keeps the path.</p>
      <Field label="Stage to go back to">
        <RadioGroup value={chosen ?? ''} onChange={(_, d) => setTo(d.value as Stage)}>
          {stages.map((s) => (
            <Radio key={s} value={s} label={STAGE_LABELS[s]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Reason (optional)" hint="For example: the challenge needs redefining.">
        <Input value={reason} maxLength={LIMITS.shortText} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <InlineAlert message={confirming.error} />
    </PanelDialog>
  );
}
