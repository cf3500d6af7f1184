export { StepTasksStatusLine } from './StepTasksStatusLine';
