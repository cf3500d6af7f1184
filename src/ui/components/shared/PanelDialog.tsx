import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface PanelDialogProps {
  open: boolean;
  /** Called with false when the user closes it (Escape, Cancel): the owner then sets `open`. */
  onOpenChange(open: boolean): void;
  title: ReactNode;
  /** The body; a form wraps the body and the actions, so Enter submits. */
  children: ReactNode;
  actions: ReactNode;
  onSubmit?(): void;
}

const useStyles = makeStyles({
  dialog: {
    boxSizing: 'border-box',
    width: `min(calc(100vw - 2 * ${tokens.spacingHorizontalM}), 480px)`,
    maxHeight: `calc(100vh - 2 * ${tokens.spacingVerticalM})`,
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    '::backdrop': { backgroundColor: tokens.colorBackgroundOverlay },
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, overflowWrap: 'break-word' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * A modal dialog on the browser's own <dialog>: the page behind is inert,
 * Escape closes it and focus goes back where it was, with no focus manager
 * of our own. Fluent's Dialog would bring tabster, whose hidden focusable
 * sentinels axe reports in a panel that is framed by Teams.
 */
export function PanelDialog({ open, onOpenChange, title, children, actions, onSubmit }: PanelDialogProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={styles.dialog}
      // Escape: the browser closes the dialog; the owner's state follows.
      onClose={() => open && onOpenChange(false)}
    >
      {open && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit?.();
          }}
        >
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          <div className={styles.body}>{children}</div>
          <div className={styles.actions}>{actions}</div>
        </form>
      )}
    </dialog>
  );
}
