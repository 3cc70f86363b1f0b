import type { FailureKind } from '../shared/protocol';

/** A request the background refuses, or cannot answer, with a reason the sender can act on (in the marketer's words). */
export class HandlerFailure extends Error {
  constructor(
    readonly kind: Extract<FailureKind, 'not-configured' | 'invalid-request' | 'app-changed' | 'internal'>,
    message: string,
  ) {
    super(message);
  }
}
