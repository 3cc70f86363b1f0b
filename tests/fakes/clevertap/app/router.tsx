/**
 * Client-side routing on the History API, as the real dashboard does: pushState
 * for links, popstate for back/forward. Content scripts see URL changes without
 * page loads, which is the point of the sandbox.
 */
import { framesPath, isEmbedded } from './frame-mode';
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const NAVIGATED = 'sandbox:navigated';

export interface Location {
  pathname: string;
  search: string;
  state: unknown;
}

let snapshot: Location = read();

function read(): Location {
  return { pathname: window.location.pathname, search: window.location.search, state: window.history.state };
}

function subscribe(onChange: () => void): () => void {
  const update = () => {
    snapshot = read();
    onChange();
  };
  window.addEventListener('popstate', update);
  window.addEventListener(NAVIGATED, update);
  return () => {
    window.removeEventListener('popstate', update);
    window.removeEventListener(NAVIGATED, update);
  };
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, () => snapshot);
}

export function navigate(to: string, options: { replace?: boolean; state?: unknown } = {}): void {
  const state = options.state ?? null;
  // A framed page moving to a page the shell does not frame asks the shell to route.
  const target = isEmbedded() && !framesPath(new URL(to, window.location.href).pathname) && window.top ? window.top : window;
  if (options.replace) target.history.replaceState(state, '', to);
  else target.history.pushState(state, '', to);
  target.scrollTo(0, 0);
  target.dispatchEvent(new Event(NAVIGATED));
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Modified clicks keep the browser's own behaviour (new tab, download...).
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}

/** Matches `/a/:id/b` style patterns; returns the params or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = have[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}
