import type { FailureKind } from '../shared/protocol';

/** A request the background refuses with a reason the sender can act on. */
export class HandlerFailure extends Error {
  constructor(
    readonly kind: Extract<FailureKind, 'not-configured' | 'invalid-request' | 'app-changed'>,
    message: string,
  ) {
    super(message);
  }
}
