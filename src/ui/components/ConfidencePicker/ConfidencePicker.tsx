import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useWords } from '../../words';

export const CONFIDENCE_VALUES = [1, 2, 3, 4, 5] as const;
/** The top of the scale, for "4 of 5". */
export const CONFIDENCE_MAX = Math.max(...CONFIDENCE_VALUES);

const useStyles = makeStyles({
  // Five short radios fit on one row of the 320 px panel; they wrap if the text is zoomed.
  group: { flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
});

export interface ConfidencePickerProps {
  /** The visible question, e.g. "How confident are you that Ben can carry out the plan?" */
  label: string;
  value: number | null;
  onChange(value: number): void;
  /** A rejection to show under the picker. */
  error?: string | null;
  disabled?: boolean;
}

/** A 1–5 confidence scale as a radio group: every value is a labelled, keyboard-reachable choice. */
export function ConfidencePicker({ label, value, onChange, error, disabled }: ConfidencePickerProps) {
  const styles = useStyles();
  const words = useWords();
  const hint = words.t('forms.confidence.scaleHint', {
    min: words.number(Math.min(...CONFIDENCE_VALUES)),
    max: words.number(CONFIDENCE_MAX),
  });
  return (
    <Field label={label} hint={hint} validationState={error ? 'error' : 'none'} validationMessage={error}>
      <RadioGroup
        layout="horizontal"
        className={styles.group}
        value={value === null ? '' : String(value)}
        disabled={disabled}
        onChange={(_, d) => onChange(Number(d.value))}
      >
        {CONFIDENCE_VALUES.map((v) => (
          <Radio key={v} value={String(v)} label={words.number(v)} />
        ))}
      </RadioGroup>
    </Field>
  );
}
