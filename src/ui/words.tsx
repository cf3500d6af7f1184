import { createContext, useContext, type ReactNode } from 'react';
import type { Words } from '../words';

const WordsContext = createContext<Words | null>(null);

/** The reader's words for everything below; AppShell provides them once the language has loaded. */
export function WordsProvider({ words, children }: { words: Words; children?: ReactNode }) {
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}

/** The reader's words. Every surface is drawn inside AppShell, which provides them. */
export function useWords(): Words {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords: no WordsProvider above (AppShell provides the words).');
  return words;
}
