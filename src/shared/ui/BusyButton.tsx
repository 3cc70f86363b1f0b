import type { ComponentProps } from 'react';

/**
 * A button whose work is running: said to be unavailable (aria-disabled, drawn
 * as disabled) and its presses ignored, but still focusable. A disabled button
 * that has the focus loses it to <body>: a keyboard or screen-reader user who
 * pressed Refresh or Apply would lose their place. A press while busy does
 * nothing, not even a submit button's submit. `disabled` stays for a button
 * with nothing to do (Undo after undoing), whose caller moves the focus on.
 */
export function BusyButton({ busy, onClick, ...props }: Omit<ComponentProps<'button'>, 'aria-disabled'> & { busy: boolean }) {
  return (
    <button
      type="button"
      {...props}
      aria-disabled={busy}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
