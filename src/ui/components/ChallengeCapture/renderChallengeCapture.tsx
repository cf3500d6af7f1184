import { Button, Field, Textarea } from '@fluentui/react-components';
import { InlineAlert } from '../shared';
import type { ChallengeCaptureState } from './ChallengeCapture.types';

export interface ChallengeCaptureClasses {
  section: string;
  heading: string;
  subheading: string;
  form: string;
  actions: string;
  hint: string;
  quote: string;
  list: string;
  text: string;
  grow: string;
}

export function renderChallengeCapture(state: ChallengeCaptureState, classes: ChallengeCaptureClasses) {
  const { current, words } = state;
  const restating = current !== null;
  return (
    <section aria-labelledby={state.headingId} className={classes.section}>
      <h3 id={state.headingId} className={classes.heading}>
        {state.mode === 'learn' ? words.t('forms.challenge.heading.learn') : words.t('forms.challenge.heading.open')}
      </h3>

      {current ? (
        <>
          <blockquote className={classes.quote} dir="auto">
            {current.text}
          </blockquote>
          <p className={classes.hint}>
            {words.t('forms.challenge.statedBy', { name: current.authorName })}{' '}
            {state.mode === 'learn' &&
              (state.agreedNames.length > 0
                ? words.t('forms.challenge.agreedBy', { names: words.list(state.agreedNames) })
                : words.t('forms.challenge.notAgreed'))}
          </p>
        </>
      ) : (
        <p className={classes.hint}>{words.t('forms.challenge.none')}</p>
      )}

      {state.canAgree &&
        (state.selfAgreed ? (
          <p className={classes.hint}>{words.t('forms.challenge.youAgreed')}</p>
        ) : (
          <div className={classes.actions}>
            <Button onClick={state.agree}>{words.t('forms.challenge.agree')}</Button>
            <InlineAlert message={state.agreeError} />
          </div>
        ))}

      {state.canState && (
        <form
          className={classes.form}
          onSubmit={(e) => {
            e.preventDefault();
            state.submitStatement();
          }}
        >
          <Field
            label={restating ? words.t('forms.challenge.restateLabel') : words.t('forms.challenge.stateLabel')}
            hint={state.statementHint}
            validationState={state.stateError ? 'error' : 'none'}
            validationMessage={state.stateError}
          >
            <Textarea
              dir="auto"
              value={state.draft}
              onChange={(_, d) => state.setDraft(d.value)}
              resize="vertical"
              textarea={{ className: classes.grow }}
            />
          </Field>
          <div className={classes.actions}>
            <Button type="submit" appearance="primary">
              {restating ? words.t('forms.challenge.restateButton') : words.t('forms.challenge.stateButton')}
            </Button>
          </div>
        </form>
      )}

      {state.mode === 'learn' && state.earlier.length > 0 && (
        <>
          <h4 className={classes.subheading}>{words.t('forms.challenge.earlierHeading')}</h4>
          <ol className={classes.list} aria-label={words.t('forms.challenge.earlierList')}>
            {state.earlier.map((v) => (
              <li key={v.id} className={classes.text}>
                {v.text} <span className={classes.hint}>{words.t('forms.challenge.earlierAuthor', { name: v.authorName })}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
