import { useEffect, useState } from 'react';
import type { StageSharing } from '../../../ports';
import { useWords } from '../../words';

export interface ShowOnStageState {
  /** False until the host has said this user may share (and if it never does). */
  available: boolean;
  sharing: boolean;
  error: string | null;
  share(): void;
}

/** Asks the host once whether sharing is allowed, then shares on demand. */
export function useShowOnStage(stage: StageSharing): ShowOnStageState {
  const words = useWords();
  const [available, setAvailable] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void stage.canShare().then((can) => live && setAvailable(can));
    return () => {
      live = false;
    };
  }, [stage]);

  const share = () => {
    setSharing(true);
    setError(null);
    stage.share().then(
      () => setSharing(false),
      (reason: unknown) => {
        setSharing(false);
        // Teams' own reason is for developers: the console keeps it, the panel says what happened.
        console.warn('Stagecoach: could not share to the stage.', reason);
        setError(words.t('panel.showOnStage.failed'));
      },
    );
  };

  return { available, sharing, error, share };
}
