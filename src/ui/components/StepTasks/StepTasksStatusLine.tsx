import type { StepTasksKeeping, StepTasksStatus } from '../../../ports';
import { StatusLine } from '../shared';

/** The To Do list the gateway puts every Stagecoach task in. */
const LIST = '“Coaching”';

function sentence(status: StepTasksStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Putting your next steps in To Do…';
    case 'saved':
      // No steps of theirs (all removed or handed on): nothing to say.
      if (status.count === 0) return '';
      return status.count === 1
        ? `Your next step is in your Microsoft To Do, list ${LIST}.`
        : `Your next steps are in your Microsoft To Do, list ${LIST}.`;
    case 'failed':
      return `Your next steps are not in your Microsoft To Do yet: ${status.message}`;
  }
}

/** Where putting this user's own next steps in their own To Do stands, in one quiet line. Not for observers: they keep no tasks. */
export function StepTasksStatusLine({ keeping }: { keeping: StepTasksKeeping }) {
  return <StatusLine keeping={keeping} sentence={sentence} label="Your next steps in To Do" />;
}
