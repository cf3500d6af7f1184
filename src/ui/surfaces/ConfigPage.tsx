import { makeStyles, Text, tokens } from '@fluentui/react-components';

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
  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold" className={styles.heading}>
        Add Stagecoach to this meeting
      </Text>
      <Text as="p" className={styles.text}>
        Stagecoach guides a coaching conversation through four stages: Open, Learn, Plan and Close. Coach and coachee each get it in the
        meeting’s side panel, and either can show it on the meeting stage.
      </Text>
      <Text as="p" role="status" className={styles.text}>
        {saved ? 'Stagecoach has been added to this meeting.' : 'Select Save to add it.'}
      </Text>
    </main>
  );
}
