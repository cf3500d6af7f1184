import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useWords } from '../words';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '560px',
  },
  heading: { margin: 0 },
  text: { margin: 0 },
});

export interface ConfigPageProps {
  /** True once the host has saved the configuration. @default false */
  saved?: boolean;
}

/**
 * What Teams shows when Stagecoach is added to a meeting. There is nothing to
 * choose: the host's own Save button adds the side panel.
 */
export function ConfigPage({ saved = false }: ConfigPageProps) {
  const styles = useStyles();
  const words = useWords();
  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold" className={styles.heading}>
        {words.t('setup.config.title')}
      </Text>
      <Text as="p" className={styles.text}>
        {words.t('setup.config.about')}
      </Text>
      <Text as="p" role="status" className={styles.text}>
        {saved ? words.t('setup.config.added') : words.t('setup.config.selectSave')}
      </Text>
    </main>
  );
}
