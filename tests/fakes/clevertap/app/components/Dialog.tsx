/**
 * The modal shell every dialog uses: a portal at the end of <body>, role=dialog
 * with aria-modal, Escape (anywhere) to close, Tab kept inside, focus given back on close.
 * Like most production dashboards it does not steal focus back if something
 * else (an extension's own overlay) takes it.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useUniqueId } from '../hooks';
import { CloseIcon } from './Icons';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** A centred modal, or a panel sliding in from the right. */
  variant?: 'modal' | 'drawer';
  size?: 'sm' | 'md' | 'xl';
  className?: string;
  /** Clicking the backdrop closes only dialogs with nothing to lose. */
  closeOnBackdrop?: boolean;
}

// Open dialogs, newest last: Escape closes only the top one, wherever focus is.
const openDialogs: symbol[] = [];

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ title, onClose, children, footer, variant = 'modal', size = 'md', className = '', closeOnBackdrop = false }: DialogProps) {
  const titleId = useUniqueId('dialog-title');
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const token = Symbol('dialog');
    openDialogs.push(token);
    const onEscape = (event: globalThis.KeyboardEvent) => {
      // A menu inside the dialog that handled Escape itself marks it defaultPrevented.
      if (event.key !== 'Escape' || event.defaultPrevented || openDialogs.at(-1) !== token) return;
      event.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('keydown', onEscape);
      openDialogs.splice(openDialogs.indexOf(token), 1);
    };
  }, []);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const preferred = ref.current?.querySelector<HTMLElement>('[data-autofocus]');
    (preferred ?? ref.current)?.focus();
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((item) => item.offsetParent !== null);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div
      className={`ct-overlay ct-overlay--${variant}`}
      onMouseDown={(event) => closeOnBackdrop && event.target === event.currentTarget && onClose()}
    >
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`ct-dialog ct-dialog--${variant} ct-dialog--${size} ${className}`}
        onKeyDown={onKeyDown}
      >
        <header className="ct-dialog__header">
          <h2 id={titleId} className="ct-dialog__title">
            {title}
          </h2>
          <button type="button" className="ct-icon-button" aria-label="Close" onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <div className="ct-dialog__body">{children}</div>
        {footer && <footer className="ct-dialog__footer">{footer}</footer>}
      </div>
    </div>,
    document.body,
  );
}
