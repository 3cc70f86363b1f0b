import type { Scanner } from '../dom/watch-page';

/** A piece of the content script: what it scans for and how it reacts to the SPA. */
export interface Feature {
  scanner: Scanner;
  /** After each batch of DOM changes: notice that something we set up went away. */
  onBatch?(): void;
  /** The single-page app moved to another URL. */
  onRoute?(url: string): void;
}
