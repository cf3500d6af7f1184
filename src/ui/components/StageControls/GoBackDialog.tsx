import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { LIMITS, type Stage } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { stageLabel } from '../../format';
import { useWords } from '../../words';
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
  const words = useWords();
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
      title={words.t('panel.goBack.title')}
      onSubmit={() => {
        if (chosen && confirming.check(onConfirm(chosen, reason))) close();
      }}
      actions={
        <>
          <Button type="submit" appearance="primary" disabled={chosen === null}>
            {words.t('panel.goBack.confirm')}
          </Button>
          <Button onClick={close}>{words.t('panel.dialog.cancel')}</Button>
        </>
      }
    >
      <p className={styles.hint}>{words.t('panel.goBack.hint')}</p>
      <Field label={words.t('panel.goBack.stageField')}>
        <RadioGroup value={chosen ?? ''} onChange={(_, d) => setTo(d.value as Stage)}>
          {stages.map((s) => (
            <Radio key={s} value={s} label={stageLabel(words, s)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={words.t('panel.dialog.reasonOptional')} hint={words.t('panel.goBack.reasonHint')}>
        <Input dir="auto" value={reason} maxLength={LIMITS.shortText} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <InlineAlert message={confirming.error} />
    </PanelDialog>
  );
}
