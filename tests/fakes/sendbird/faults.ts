import type { FaultController, FaultSpec } from './types.ts';

export type FaultKind = 'resetConnection' | 'hang' | 'rateLimited' | 'serverError' | 'malformedJson';

export interface FaultDecision {
  kind: FaultKind;
  /** Only for rateLimited. */
  retryAfterMs?: number;
}

/**
 * Scripted misbehaviour of the template endpoints. Each count fault fires once
 * per request it applies to until its count is used up; when several are armed
 * at once the most disruptive goes first (reset, hang, 429, 500, bad JSON), one
 * fault per request. `afterRequests` holds every count fault back until that
 * many template requests have been answered normally since `set`, counting all
 * template requests whether or not `match` selects them, so a storm can be put
 * in the middle of a pagination walk.
 */
export class Faults implements FaultController {
  private spec: FaultSpec = {};
  private successes = 0;

  set(spec: FaultSpec): void {
    validate(spec);
    this.spec = { ...spec, ...(spec.rateLimited ? { rateLimited: { ...spec.rateLimited } } : {}) };
    this.successes = 0;
  }

  clear(): void {
    this.spec = {};
    this.successes = 0;
  }

  get current(): Readonly<FaultSpec> {
    return this.spec;
  }

  /** Applies to every request, notifications included. */
  get latencyMs(): number {
    return this.spec.latencyMs ?? 0;
  }

  /** The fault for this template request, if any; consumes one count. */
  take(path: string): FaultDecision | undefined {
    const spec = this.spec;
    if (this.successes < (spec.afterRequests ?? 0)) return undefined;
    if (spec.match && !spec.match(path)) return undefined;
    if (positive(spec.resetConnection)) {
      spec.resetConnection -= 1;
      return { kind: 'resetConnection' };
    }
    if (positive(spec.hang)) {
      spec.hang -= 1;
      return { kind: 'hang' };
    }
    if (spec.rateLimited && spec.rateLimited.count > 0) {
      spec.rateLimited.count -= 1;
      return { kind: 'rateLimited', retryAfterMs: spec.rateLimited.retryAfterMs };
    }
    if (positive(spec.serverErrors)) {
      spec.serverErrors -= 1;
      return { kind: 'serverError' };
    }
    if (positive(spec.malformedJson)) {
      spec.malformedJson -= 1;
      return { kind: 'malformedJson' };
    }
    return undefined;
  }

  /** A template request answered normally (2xx, no fault): moves `afterRequests` along. */
  recordSuccess(): void {
    this.successes += 1;
  }
}

const positive = (count: number | undefined): count is number => count !== undefined && count > 0;

function validate(spec: FaultSpec): void {
  const counts: [string, number | undefined][] = [
    ['serverErrors', spec.serverErrors],
    ['malformedJson', spec.malformedJson],
    ['hang', spec.hang],
    ['resetConnection', spec.resetConnection],
    ['afterRequests', spec.afterRequests],
    ['rateLimited.count', spec.rateLimited?.count],
  ];
  for (const [name, value] of counts) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) throw new RangeError(`faults.${name} must be a non-negative integer, got ${value}.`);
  }
  for (const [name, value] of [
    ['latencyMs', spec.latencyMs],
    ['rateLimited.retryAfterMs', spec.rateLimited?.retryAfterMs],
  ] as const) {
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) throw new RangeError(`faults.${name} must be a non-negative number, got ${value}.`);
  }
  if (spec.match !== undefined && typeof spec.match !== 'function') throw new TypeError('faults.match must be a function.');
}
