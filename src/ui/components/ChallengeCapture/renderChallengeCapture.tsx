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
  const { current } = state;
  const restating = current !== null;
  return (
    <section aria-labelledby={state.headingId} className={classes.section}>
      <h3 id={state.headingId} className={classes.heading}>
        {state.mode === 'learn' ? 'Definition of the challenge' : 'Challenge or opportunity'}
      </h3>

      {current ? (
        <>
          <blockquote className={classes.quote}>{current.text}</blockquote>
          <p className={classes.hint}>
            Stated by {current.authorName}.{' '}
            {state.mode === 'learn' && (state.agreedNames.length > 0 ? `Agreed by ${state.agreedNames.join(' and ')}.` : 'Not agreed yet.')}
          </p>
        </>
      ) : (
        <p className={classes.hint}>No challenge or opportunity stated yet.</p>
      )}

      {state.canAgree &&
        (state.selfAgreed ? (
          <p className={classes.hint}>You agreed to this definition.</p>
        ) : (
          <div className={classes.actions}>
            <Button onClick={state.agree}>Agree to this definition</Button>
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
            label={restating ? 'Restate the challenge' : 'State the challenge or opportunity'}
            hint={state.statementHint}
            validationState={state.stateError ? 'error' : 'none'}
            validationMessage={state.stateError}
          >
            <Textarea
              value={state.draft}
              onChange={(_, d) => state.setDraft(d.value)}
              resize="vertical"
              textarea={{ className: classes.grow }}
            />
          </Field>
          <div className={classes.actions}>
            <Button type="submit" appearance="primary">
              {restating ? 'Restate challenge' : 'State challenge'}
            </Button>
          </div>
        </form>
      )}

      {state.mode === 'learn' && state.earlier.length > 0 && (
        <>
          <h4 className={classes.subheading}>Earlier versions</h4>
          <ol className={classes.list} aria-label="Earlier versions of the challenge">
            {state.earlier.map((v) => (
              <li key={v.id} className={classes.text}>
                {v.text} <span className={classes.hint}>— {v.authorName}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
