import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { own, type Participant } from '../../../domain';
import type { RecordIntegrity } from '../../../ports';

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
  if (!integrity) return null;
  const { unverified, unverifiedAuthors, newerVersion, capacity } = integrity;
  const names = unverifiedAuthors.map((id) => own(participants, id)?.displayName ?? 'someone not in the session');
  return (
    <div className={styles.root} data-integrity={newerVersion ? 'newer' : capacity}>
      {newerVersion && (
        <p role="alert" className={styles.blocking} data-code="newerVersion">
          Someone in this session runs a newer Stagecoach. Update Teams or reload Stagecoach to make changes; until then this panel only
          shows the session.
        </p>
      )}
      {capacity === 'full' && (
        <p role="alert" className={styles.blocking} data-code="sessionFull">
          This session is full: nothing more can be added. Start a new session to go on.
        </p>
      )}
      {capacity === 'nearFull' && (
        <p role="status" className={styles.line} data-code="nearFull">
          This session is nearly full.
        </p>
      )}
      {unverified > 0 && (
        <p role="status" className={styles.line} data-code="unverified">
          {unverified === 1 ? '1 change' : `${unverified} changes`} said to be by {unique(names).join(', ')} not shown: they show once that
          person’s own Stagecoach confirms them.
        </p>
      )}
    </div>
  );
}

const unique = (names: string[]) => [...new Set(names)];
