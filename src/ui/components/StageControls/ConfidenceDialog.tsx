import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Confidence, ConfidenceSuggestion } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { ConfidencePicker } from '../ConfidencePicker';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';

export interface ConfidenceDialogProps {
  open: boolean;
  coacheeName: string;
  /** The recorded confidence; the dialog moves on to the verdict once it exists. */
  confidence: Confidence | null;
  /** The domain's advice for low confidence; null when confidence is fine. */
  suggestion: ConfidenceSuggestion | null;
  onOpenChange(open: boolean): void;
  onRecord(value: number): DispatchResult;
  onGoBackToLearn(): DispatchResult;
  /** Carries on towards Close once confidence is recorded. */
  onContinue(): void;
}

/** The confidence gate before Close: record 1–5; low confidence suggests going back to Learn. */
export function ConfidenceDialog(props: ConfidenceDialogProps) {
  const { open, coacheeName, confidence, suggestion, onOpenChange, onRecord, onGoBackToLearn, onContinue } = props;
  const styles = useSectionStyles();
  const [value, setValue] = useState<number | null>(null);
  const result = useRejection();

  const close = () => {
    setValue(null);
    result.reset();
    onOpenChange(false);
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? onOpenChange(true) : close())}>
      <DialogSurface>
        {confidence === null ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (value !== null) result.check(onRecord(value));
            }}
          >
            <DialogBody>
              <DialogTitle>Before Close: your confidence</DialogTitle>
              <DialogContent className={styles.form}>
                <ConfidencePicker
                  label={`How confident are you that ${coacheeName} can carry out the plan?`}
                  value={value}
                  onChange={setValue}
                  error={result.error}
                />
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabled={value === null}>
                  Record confidence
                </Button>
                <Button onClick={close}>Cancel</Button>
              </DialogActions>
            </DialogBody>
          </form>
        ) : (
          <DialogBody>
            <DialogTitle>{suggestion ? 'Something may be missing' : 'Confidence recorded'}</DialogTitle>
            <DialogContent className={styles.form}>
              <p className={styles.text}>You recorded {confidence.value} of 5.</p>
              {suggestion && <p className={styles.text}>{suggestion.message}</p>}
              <InlineAlert message={result.error} />
            </DialogContent>
            <DialogActions>
              {suggestion && (
                <Button
                  appearance="primary"
                  onClick={() => {
                    if (result.check(onGoBackToLearn())) close();
                  }}
                >
                  Go back to Learn
                </Button>
              )}
              <Button
                appearance={suggestion ? 'secondary' : 'primary'}
                onClick={() => {
                  close();
                  onContinue();
                }}
              >
                Continue to Close
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
