import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { own, type Participant } from '../../../domain';
import type { RecordIntegrity } from '../../../ports';
import { useWords } from '../../words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  line: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  blocking: {
    ...typographyStyles.caption1Strong,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
});

export interface RecordIntegrityNoticeProps {
  integrity: RecordIntegrity | undefined;
  participants: Readonly<Record<string, Participant>>;
}

/**
 * What the panel cannot vouch for, in plain words: changes waiting for their
 * author to confirm them (never shown until then), a newer Stagecoach in the
 * session (this panel read-only), a session nearly or wholly full.
 */
export function RecordIntegrityNotice({ integrity, participants }: RecordIntegrityNoticeProps) {
  const styles = useStyles();
  const words = useWords();
  if (!integrity) return null;
  const { unverified, unverifiedAuthors, newerVersion, capacity } = integrity;
  const names = unverifiedAuthors.map((id) => own(participants, id)?.displayName ?? words.t('panel.integrity.unknownAuthor'));
  return (
    <div className={styles.root} data-integrity={newerVersion ? 'newer' : capacity}>
      {newerVersion && (
        <p role="alert" className={styles.blocking} data-code="newerVersion">
          {words.t('panel.integrity.newerVersion')}
        </p>
      )}
      {capacity === 'full' && (
        <p role="alert" className={styles.blocking} data-code="sessionFull">
          {words.t('panel.integrity.full')}
        </p>
      )}
      {capacity === 'nearFull' && (
        <p role="status" className={styles.line} data-code="nearFull">
          {words.t('panel.integrity.nearFull')}
        </p>
      )}
      {unverified > 0 && (
        <p role="status" className={styles.line} data-code="unverified">
          {words.t('panel.integrity.unverified', { count: unverified, names: words.list(unique(names)) })}
        </p>
      )}
    </div>
  );
}

const unique = (names: string[]) => [...new Set(names)];
