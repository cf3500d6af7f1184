import { Fragment, type ReactNode } from 'react';
import type { MessageId, MessageValues, Words } from '../../../words';

// Private-use marks around a part's index: they pass through ICU formatting untouched.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * A message whose arguments include markup (a styled name, an icon with a
 * word): the sentence stays whole for the translator, who may move the parts
 * anywhere in it, and each part keeps its element. Text between the parts is
 * handed to `text`, so a caller can style (or visually hide) it.
 */
export function richWords(
  words: Words,
  id: MessageId,
  parts: Readonly<Record<string, ReactNode>>,
  values: MessageValues = {},
  text: (piece: string, key: number) => ReactNode = (piece) => piece,
): ReactNode[] {
  const names = Object.keys(parts);
  const marked: Record<string, string | number> = { ...values };
  names.forEach((name, i) => (marked[name] = `${OPEN}${i}${CLOSE}`));
  return words
    .t(id, marked)
    .split(MARK)
    .map((piece, i) => (i % 2 === 1 ? <Fragment key={i}>{parts[names[Number(piece)]!]}</Fragment> : piece && text(piece, i)))
    .filter((node) => node !== '');
}
