import { useEffect, useId, useState, type ReactNode } from 'react';

type ModalDialogProps = {
  heading: string;
  /** Read with the heading when the dialog opens: what is about to happen. */
  description?: ReactNode;
  /** Called once the dialog has closed (Escape, a cancel button or `close()`); unmount it then. */
  onClose: () => void;
  /** The dialog's content; `close` closes it the native way, so focus returns to the opener. */
  children: (close: () => void) => ReactNode;
  testId?: string;
};

/**
 * A native modal `<dialog>`: it traps focus, makes the page behind inert, closes on Escape and,
 * when closed, gives focus back to the control that opened it. Mount it to open it. Focus starts
 * on the element marked `data-autofocus` (e.g. "Cancel" of a destructive confirmation), else on
 * the first control. No cleanup: unmounting removes it, while closing would fire `close` again.
 */
export function ModalDialog({ heading, description, onClose, children, testId }: ModalDialogProps) {
  // The element in state rather than a ref: the content's `close` is handed over while rendering.
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);
  const headingId = useId();
  const descriptionId = useId();

  useEffect(() => {
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // React focuses `autoFocus` elements before the dialog is shown, which does nothing.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [dialog]);

  const close = () => dialog?.close();

  return (
    <dialog
      ref={setDialog}
      className="dialog"
      aria-labelledby={headingId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      data-testid={testId}
    >
      <h2 id={headingId}>{heading}</h2>
      {description && (
        <div id={descriptionId} className="dialog__description">
          {description}
        </div>
      )}
      {children(close)}
    </dialog>
  );
}
