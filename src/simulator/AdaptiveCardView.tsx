import { useLayoutEffect, useRef } from 'react';
import { Text } from '@fluentui/react-components';
import { fluentHostConfig, renderCard } from './adaptiveCard';
import { useChatStyles } from './useChatStyles.styles';

export interface AdaptiveCardViewProps {
  /** The card's JSON text, as the chat message carries it. */
  json: string;
  /** Opens an http(s) address the card's OpenUrl action names. */
  onOpenUrl(href: string): void;
}

/** One Adaptive Card, rendered by Microsoft's renderer into a group a screen reader can name. */
export function AdaptiveCardView({ json, onOpenUrl }: AdaptiveCardViewProps) {
  const styles = useChatStyles();
  const holder = useRef<HTMLDivElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  const openUrl = useRef(onOpenUrl);
  useLayoutEffect(() => {
    openUrl.current = onOpenUrl;
  });
  // The renderer builds DOM of its own: rendered once per card text, so a
  // poll that brings the same card changes nothing on screen. What it could
  // not read is said beneath, as text.
  useLayoutEffect(() => {
    const card = holder.current;
    const said = note.current;
    if (!card || !said) return;
    const rendered = renderCard(JSON.parse(json) as Record<string, unknown>, fluentHostConfig(), (href) => openUrl.current(href));
    if (rendered.element) card.replaceChildren(rendered.element);
    said.textContent =
      rendered.element === null
        ? 'The renderer made nothing of this card.'
        : rendered.warnings.length > 0
          ? `Renderer warnings: ${rendered.warnings.join(' ')}`
          : '';
    return () => {
      card.replaceChildren();
      said.textContent = '';
    };
  }, [json]);
  return (
    <div role="group" aria-label="Adaptive Card">
      <div ref={holder} className={styles.card} />
      <Text as="p" size={200} ref={note} className={styles.note} />
    </div>
  );
}
