import type { InsightReading } from '../../../domain';
import { useWords } from '../../words';
import { readingTexts, type ReadingSubject } from './readingText';
import { useInsightsStyles } from './useInsightsStyles.styles';

/** The trend in one or two plain sentences, read before the charts. */
export function Readings({ readings, subject }: { readings: readonly InsightReading[]; subject: ReadingSubject }) {
  const styles = useInsightsStyles();
  const words = useWords();
  const sentences = readingTexts(words, readings, subject);
  if (sentences.length === 0) return <p className={styles.note}>{words.t('insights.readings.none')}</p>;
  return (
    <ul className={styles.readings} aria-label={words.t('insights.readings.title')} data-insight-readings={sentences.length}>
      {sentences.map((sentence, i) => (
        <li key={i} className={styles.reading}>
          {sentence}
        </li>
      ))}
    </ul>
  );
}
