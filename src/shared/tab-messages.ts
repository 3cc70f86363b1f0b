/**
 * Messages the background sends into a tab (the other direction from protocol.ts).
 * Types only and one constant: the content script's loader imports this without
 * the schema library (type-only imports). The background validates the answer with fillOutcomeSchema.
 */

/** The popup asked to fill the open Create webhook form in this tab. */
export const FILL_REQUESTED = 'webhookSetup.fillRequested';

export interface FillRequest {
  type: typeof FILL_REQUESTED;
  /** One-time id the content script presents to webhookSetup.release. */
  requestId: string;
}

export type { FillOutcome } from './protocol';
