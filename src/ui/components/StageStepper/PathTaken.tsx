import { useId } from 'react';
import { pathTaken, type SessionState } from '../../../domain';
import { useWords } from '../../words';
import type { StageStepperState } from './StageStepper.types';
import { pathSummary } from './useStageStepper';
import { useStageStepperStyles } from './useStageStepperStyles.styles';

type PathState = Pick<StageStepperState, 'words' | 'path' | 'earlierSteps' | 'loopsBack' | 'pathLabelId' | 'classes'>;

/**
 * "Path taken (1 loop back): Open → Learn → …", each stage name whole, wrapping
 * between steps. The arrows point the way the reader reads: right to left in Arabic.
 */
export function renderPath({ words, path, earlierSteps, loopsBack, pathLabelId, classes }: PathState) {
  const arrow = words.locale.direction === 'rtl' ? ' ← ' : ' → ';
  return (
    <div className={classes.path}>
      <span id={pathLabelId} hidden>
        {words.t('panel.path.label')}
      </span>
      {words.t('panel.path.heading', { loops: loopsBack })}{' '}
      <ol aria-labelledby={pathLabelId} className={classes.pathList}>
        {earlierSteps > 0 && <li className={classes.pathItem}>{words.t('panel.path.earlier', { count: earlierSteps })}</li>}
        {path.map((label, i) => (
          <li key={i} className={classes.pathItem}>
            {(i > 0 || earlierSteps > 0) && (
              <span aria-hidden className={classes.arrow}>
                {arrow}
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
  const words = useWords();
  const pathLabelId = useId();
  const state = useStageStepperStyles({
    words,
    steps: [],
    ...pathSummary(words, pathTaken(session)),
    pathLabelId,
    showPath: true,
    // No stage list here: only the path.
    listRef: { current: null },
    nameFit: 'whole',
  });
  return renderPath(state);
}
