// Renders an Adaptive Card from a chat message with Microsoft's own renderer
// (`adaptivecards`), as Teams would, for the simulator's meeting chat. The
// card is untrusted: markdown is never turned into HTML (every text stays
// text), only http(s) links survive, and the one action the simulator
// performs is opening an http(s) address in a new window. Colours and fonts
// come from Fluent's theme tokens (CSS variables), so the card follows the
// simulator's theme without being rendered again.
import { AdaptiveCard, GlobalSettings, HostConfig, OpenUrlAction, SerializationContext, type Action } from 'adaptivecards';
import { tokens } from '@fluentui/react-components';
import { webLink } from './inviteLinks';

// No markdown processor: the renderer then sets every text as text (innerText),
// even if a page defines window.markdownit, which it would otherwise use unsanitized.
AdaptiveCard.onProcessMarkdown = (_text, result) => {
  result.didProcess = false;
};
// The card's root is not a tab stop of its own (the renderer's legacy default): only its actions are.
GlobalSettings.setTabIndexAtCardRoot = false;

/** A foreground colour with its subtle variant. */
const colour = (normal: string, subtle: string = normal) => ({ default: normal, subtle });

const foregrounds = {
  default: colour(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
  dark: colour(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
  light: colour(tokens.colorNeutralForeground3, tokens.colorNeutralForeground4),
  accent: colour(tokens.colorBrandForeground1, tokens.colorBrandForeground2),
  good: colour(tokens.colorPaletteGreenForeground1),
  warning: colour(tokens.colorPaletteDarkOrangeForeground1),
  attention: colour(tokens.colorPaletteRedForeground1),
};

const fontSizes = { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 };
const fontWeights = { lighter: 300, default: 400, bolder: 600 };

/** Teams' card layout (spacing, sizes), in the simulator's Fluent colours and fonts. */
export const fluentHostConfig = (): HostConfig =>
  new HostConfig({
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 12 },
    separator: { lineThickness: 1, lineColor: tokens.colorNeutralStroke2 },
    fontTypes: {
      default: { fontFamily: tokens.fontFamilyBase, fontSizes, fontWeights },
      monospace: { fontFamily: tokens.fontFamilyMonospace, fontSizes, fontWeights },
    },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: { backgroundColor: tokens.colorNeutralBackground1, foregroundColors: foregrounds },
      emphasis: { backgroundColor: tokens.colorNeutralBackground2, foregroundColors: foregrounds },
      accent: { backgroundColor: tokens.colorBrandBackground2, foregroundColors: foregrounds },
      good: { backgroundColor: tokens.colorPaletteGreenBackground1, foregroundColors: foregrounds },
      attention: { backgroundColor: tokens.colorPaletteRedBackground1, foregroundColors: foregrounds },
      warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, foregroundColors: foregrounds },
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 8 },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      allowTitleToWrap: true,
    },
    // A card's heading sits under the pane's own h2 (the renderer leaves it without a level otherwise).
    textBlock: { headingLevel: 3 },
    factSet: {
      title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 8,
    },
  });

export interface RenderedCard {
  /** The card's element, or null when the renderer made nothing of it. */
  element: HTMLElement | null;
  /** What the renderer could not read (unknown elements, an unsupported version…), for the view to mention. */
  warnings: string[];
}

/**
 * Renders `payload` with the real renderer. `openUrl` is called only for an
 * Action.OpenUrl (or a select action) whose address is http(s); every other
 * action does nothing here, as the simulator has no bot behind the card.
 */
export function renderCard(payload: Record<string, unknown>, hostConfig: HostConfig, openUrl: (href: string) => void): RenderedCard {
  const card = new AdaptiveCard();
  card.hostConfig = hostConfig;
  card.onExecuteAction = (action: Action) => {
    if (!(action instanceof OpenUrlAction) || !action.url) return;
    const href = webLink(action.url);
    if (href) openUrl(href);
  };
  const context = new SerializationContext();
  card.parse(payload, context);
  const warnings: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    if (event) warnings.push(event.message);
  }
  for (const event of card.validateProperties().validationEvents) warnings.push(event.message);
  const element = card.render() ?? null;
  if (element) {
    // A text run's link carries its action's address as href: any other than http(s) goes.
    for (const anchor of Array.from(element.querySelectorAll('a'))) {
      const href = anchor.getAttribute('href');
      if (href !== null && webLink(href) === null) anchor.removeAttribute('href');
    }
  }
  return { element, warnings };
}
