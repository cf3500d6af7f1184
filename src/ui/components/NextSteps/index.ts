export { NextSteps } from './NextSteps';
export type { NextStepsProps, NextStepsState, NextStepRow, OwnerChoice } from './NextSteps.types';
