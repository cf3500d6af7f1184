export { OptionChooser } from './OptionChooser';
export type { OptionChooserProps } from './OptionChooser';
