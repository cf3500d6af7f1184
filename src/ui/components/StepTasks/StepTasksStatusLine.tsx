import type { StepTasksKeeping, StepTasksStatus } from '../../../ports';
import type { Words } from '../../../words';
import { failureText } from '../../content/failures';
import { useWords } from '../../words';
import { StatusLine } from '../shared';

/** The To Do list the gateway puts every Stagecoach task in: its name, in any language. */
const LIST = 'Coaching';

function sentence(words: Words, status: StepTasksStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return words.t('panel.stepTasks.saving');
    case 'saved':
      // No steps of theirs (all removed or handed on): nothing to say.
      if (status.count === 0) return '';
      return words.t('panel.stepTasks.saved', { count: status.count, list: LIST });
    case 'failed':
      return words.t('panel.stepTasks.failed', { detail: failureText(words, status.failure) });
  }
}

/** Where putting this user's own next steps in their own To Do stands, in one quiet line. Not for observers: they keep no tasks. */
export function StepTasksStatusLine({ keeping }: { keeping: StepTasksKeeping }) {
  const words = useWords();
  return <StatusLine keeping={keeping} sentence={(status) => sentence(words, status)} label={words.t('panel.stepTasks.label')} />;
}
