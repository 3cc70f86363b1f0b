import type { ButtonHTMLAttributes } from 'react';

/**
 * A button whose work is running: said to be unavailable (aria-disabled, drawn
 * as disabled) and its presses ignored, but still focusable. A disabled button
 * that has the focus loses it to <body>: a keyboard or screen-reader user who
 * pressed Refresh would lose their place.
 */
export function BusyButton({ busy, onClick, ...props }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled' | 'aria-disabled'> & { busy: boolean }) {
  return <button type="button" {...props} aria-disabled={busy} onClick={(event) => !busy && onClick?.(event)} />;
}
