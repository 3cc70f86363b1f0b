/** How a message to the marketer is coloured: the same four tones on every surface. */
export type Tone = 'info' | 'success' | 'warning' | 'error';

/** A message to the marketer: what happened, or what to do. */
export interface StatusMessage {
  tone: Tone;
  text: string;
}
