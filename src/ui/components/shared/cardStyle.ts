import { tokens } from '@fluentui/react-components';

/**
 * A card as Fluent's Card draws one (its filled look), without the
 * component: Card brings the keyboard-navigation library (tabster) into the
 * first paint, which static cards do not need.
 */
export const CARD = {
  boxSizing: 'border-box',
  display: 'flex',
  flexDirection: 'column',
  rowGap: tokens.spacingVerticalM,
  minWidth: 0,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow4,
  // Invisible in light and dark; drawn in high contrast, where shadows vanish.
  border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  overflowWrap: 'break-word',
} as const;
