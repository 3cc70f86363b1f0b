/**
 * Frame mode: the dashboard shell (top bar, navigation) in the top document and
 * the page itself in a same-origin <iframe>, as CleverTap hosts its older
 * editors after Edit or Clone. Turned on for the tab's origin by opening any
 * page with `?frames=editors` (campaign and journey editors framed) or
 * `?frames=all` (every page framed); `?frames=off` turns it off.
 */
export type FrameMode = 'off' | 'editors' | 'all';

const KEY = 'sandbox:frames';
const EDITOR_PATH = /\/(campaigns\/campaign\/[^/]+(\/edit|\/webhook)|journeys\/journey\/[^/]+(\/edit)?)$/;

export function frameMode(): FrameMode {
  const asked = new URLSearchParams(window.location.search).get('frames');
  if (asked === 'editors' || asked === 'all') localStorage.setItem(KEY, asked);
  if (asked === 'off') localStorage.removeItem(KEY);
  const stored = localStorage.getItem(KEY);
  return stored === 'editors' || stored === 'all' ? stored : 'off';
}

/** This document is the page inside the shell's frame. */
export function isEmbedded(): boolean {
  return window.parent !== window;
}

export function isEditorPath(pathname: string): boolean {
  return EDITOR_PATH.test(pathname.replace(/\/+$/, ''));
}

/** Whether the shell hosts this path in a frame. */
export function framesPath(pathname: string): boolean {
  const mode = frameMode();
  return mode === 'all' || (mode === 'editors' && isEditorPath(pathname));
}
