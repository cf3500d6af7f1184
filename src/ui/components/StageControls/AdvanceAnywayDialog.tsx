import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { LIMITS, type Criterion, type Stage } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import type { CriterionReader } from '../../content/criterionText';
import { stageLabel } from '../../format';
import { useWords } from '../../words';
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
  const words = useWords();
  const fromLabel = stageLabel(words, from);
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
      title={words.t('panel.advanceAnyway.title', { stage: fromLabel })}
      onSubmit={() => {
        if (confirming.check(onConfirm(reason))) close();
      }}
      actions={
        <>
          <Button type="submit" appearance="primary">
            {words.t('panel.advanceAnyway.confirm')}
          </Button>
          <Button onClick={close}>{words.t('panel.advanceAnyway.stay', { stage: fromLabel })}</Button>
        </>
      }
    >
      <p className={styles.text}>{words.t('panel.advanceAnyway.stillMissing', { next: stageLabel(words, to) })}</p>
      <CriteriaList criteria={missing} reader={reader} label={words.t('panel.advanceAnyway.missingLabel', { stage: fromLabel })} />
      <p className={styles.hint}>{words.t('panel.advanceAnyway.hint', { stage: fromLabel })}</p>
      <Field label={words.t('panel.dialog.reasonOptional')}>
        <Input dir="auto" value={reason} maxLength={LIMITS.shortText} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <InlineAlert message={confirming.error} />
    </PanelDialog>
  );
}
