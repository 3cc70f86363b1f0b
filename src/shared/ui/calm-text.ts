import { useEffect, useRef, useState } from 'react';

/** How often, at most, a live region says a count that changes while a list loads. */
export const CALM_MS = 5000;

/**
 * The text for a live region (role=status) whose visible twin changes often
 * while `calm` (a first sync's pages, a long list's parts, a Retry-After
 * countdown): a screen reader would hear every change. While calm, the text is
 * said when calm starts, then at most every `everyMs` (the newest text then,
 * so the last change is said too), and at once when calm ends. Not calm, it is
 * the visible text, said as it changes (a search's match count).
 */
export function useCalmText(text: string, calm: boolean, everyMs = CALM_MS): string {
  const [said, setSaid] = useState(text);
  const saidAt = useRef(0);
  const wasCalm = useRef(false);
  useEffect(() => {
    const started = calm && !wasCalm.current;
    wasCalm.current = calm;
    // Not calm, the render says the text itself: no state set, so no second render per change
    // (the popup's count changes on every keystroke of a search).
    if (!calm) return;
    if (started) {
      saidAt.current = Date.now();
      setSaid(text);
      return;
    }
    const wait = saidAt.current + everyMs - Date.now();
    const say = () => {
      saidAt.current = Date.now();
      setSaid(text);
    };
    if (wait <= 0) return say();
    const timer = setTimeout(say, wait);
    return () => clearTimeout(timer);
  }, [text, calm, everyMs]);
  // The render that starts or ends calm says the text at once, not after its effect.
  return calm && wasCalm.current ? said : text;
}
