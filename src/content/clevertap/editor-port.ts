import type { BodyMode, KeyValueRow, PayloadState } from '../../shared/payload-contract';

/**
 * The picker's one way into a marketing tool's webhook editor. The CleverTap
 * adapter (webhook-editor-dom.ts) implements it; a second tool would add
 * another adapter, not change the picker.
 */
export interface EditorPort {
  /** The body mode the editor shows now; null when the layout is not one we can drive. */
  bodyMode(): BodyMode | null;
  /** The whole body as it is now (every row, or the Custom Body text). Throws EditorLayoutError. */
  read(): EditorContent;
  /**
   * Writes the payload into the current body mode: in key-value mode only the
   * contract rows, looked up by key before every write or removal (the marketer's
   * rows are left alone); in Custom Body mode the whole body. Throws on the first
   * step the editor refuses; what was written so far stays for the caller to revert.
   */
  write(state: PayloadState): Promise<void>;
  /** Sets the content format to JSON (the contract is JSON); true if it was changed. */
  ensureJsonFormat(): boolean;
  /** What write() touches, as it is now: the contract rows, or the Custom Body, and the format. */
  snapshot(): TouchedSnapshot;
  /**
   * Puts the touched part back as the snapshot holds it. In key-value mode only
   * rows whose key is in `keys` change (each looked up again before it is changed).
   */
  revert(snapshot: TouchedSnapshot, keys: ReadonlySet<string>): Promise<void>;
  /** Calls back at most once a frame while the editor (or the page around it) changes. */
  watch(onChange: () => void): () => void;
  /** What the page around the editor says (webhook chosen, event properties offered). */
  pageContext(): PageContext;
  /** An outline of the dialog's controls for support, without any value or free text. */
  layoutReport(): string;
}

export type EditorContent = { mode: 'key-value'; rows: KeyValueRow[] } | { mode: 'custom-body'; text: string };

/** The contract rows (in key-value mode) or the Custom Body, and whether the format was JSON. */
export type TouchedSnapshot = EditorContent & { jsonFormat: boolean | null };

/** What the picker reads from the page around the editor. */
export interface PageContext {
  webhook: string | null;
  editorLiquid: boolean;
  eventsAvailable: boolean;
  defaultEvent: string;
}

/** The editor's markup is not what we expected; the message says what was missing. */
export class EditorLayoutError extends Error {}
