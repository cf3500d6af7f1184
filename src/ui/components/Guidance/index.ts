export { Guidance } from './Guidance';
export type { GuidanceProps } from './Guidance';
export { stagePurpose } from './Guidance';
