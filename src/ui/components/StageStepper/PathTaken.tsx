import { useId } from 'react';
import { pathTaken, type SessionState } from '../../../domain';
import type { StageStepperState } from './StageStepper.types';
import { pathSummary } from './useStageStepper';
import { useStageStepperStyles } from './useStageStepperStyles.styles';

type PathState = Pick<StageStepperState, 'path' | 'earlierSteps' | 'loopsBack' | 'pathLabelId' | 'classes'>;

/** "Path taken (1 loop back): Open → Learn → …", each stage name whole, wrapping between steps. */
export function renderPath({ path, earlierSteps, loopsBack, pathLabelId, classes }: PathState) {
  return (
    <div className={classes.path}>
      <span id={pathLabelId}>Path taken</span>
      {loopsBack > 0 ? ` (${loopsBack} ${loopsBack === 1 ? 'loop' : 'loops'} back)` : ''}:{' '}
      <ol aria-labelledby={pathLabelId} className={classes.pathList}>
        {earlierSteps > 0 && <li className={classes.pathItem}>{earlierSteps} earlier steps</li>}
        {path.map((label, i) => (
          <li key={i} className={classes.pathItem}>
            {(i > 0 || earlierSteps > 0) && (
              <span aria-hidden className={classes.arrow}>
                {' → '}
              </span>
            )}
            {label}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The path taken on its own line: the side panel pins the stages and lets
 * this scroll with the page, so the pinned bar stays one row high.
 */
export function PathTaken({ session }: { session: SessionState }) {
  const pathLabelId = useId();
  const state = useStageStepperStyles({ steps: [], ...pathSummary(pathTaken(session)), pathLabelId, showPath: true });
  return renderPath(state);
}
