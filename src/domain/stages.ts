/** The four stages of a coaching conversation, in their natural order. */
export const STAGES = ['open', 'learn', 'plan', 'close'] as const;

export type Stage = (typeof STAGES)[number];

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The stage after `stage`, or null at Close. */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[stageIndex(stage) + 1] ?? null;
}

/** Stages that come before `stage`: where "go back" may lead. */
export function earlierStages(stage: Stage): Stage[] {
  return STAGES.slice(0, stageIndex(stage));
}
