import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useId, memo } from 'react';
import { mayIssue, type Contribution, type ItemId, type Participant, type Role, type UserId } from '../../../domain';
import type { DispatchResult } from '../../../ports';
import { byTime, nameOf } from '../../format';
import { useWords } from '../../words';
import { InlineAlert, useRejection, useSectionStyles } from '../shared';

export interface OptionChooserProps {
  options: Record<ItemId, Contribution>;
  chosenOptionId: ItemId | null;
  participants: Record<UserId, Participant>;
  role: Role;
  onChoose(id: ItemId | null): DispatchResult;
}

/** Plan starts by choosing one of the options generated in Learn. */
// Memoised: hidden stages stay mounted, and a change elsewhere in the session
// must not re-render a long list that did not change.
export const OptionChooser = memo(function OptionChooser({ options, chosenOptionId, participants, role, onChoose }: OptionChooserProps) {
  const styles = useSectionStyles();
  const words = useWords();
  const headingId = useId();
  const choosing = useRejection();
  const rows = byTime(options);
  const canChoose = mayIssue(role, 'chooseOption');

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        {words.t('forms.chooser.heading')}
      </h3>
      {rows.length === 0 ? (
        <p className={styles.hint}>{words.t('forms.chooser.none')}</p>
      ) : (
        <Field label={words.t('forms.chooser.label')} hint={canChoose ? undefined : words.t('forms.chooser.onlyCoachAndCoachee')}>
          <RadioGroup value={chosenOptionId ?? ''} disabled={!canChoose} onChange={(_, d) => choosing.check(onChoose(d.value))}>
            {rows.map((o) => (
              <Radio
                key={o.id}
                value={o.id}
                label={
                  <span className={styles.text}>
                    {o.text}{' '}
                    <span className={styles.hint}>
                      {words.t('forms.options.proposedBy', { name: nameOf(words, participants, o.authorId) })}
                    </span>
                  </span>
                }
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      <InlineAlert message={choosing.error} />
    </section>
  );
});
