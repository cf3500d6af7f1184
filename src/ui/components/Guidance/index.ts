export { Guidance } from './Guidance';
export type { GuidanceProps } from './Guidance';
