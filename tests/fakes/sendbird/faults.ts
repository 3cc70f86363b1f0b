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
  private listPages = 0;
  private lastListed: unknown;

  set(spec: FaultSpec): void {
    validate(spec);
    this.spec = { ...spec, ...(spec.rateLimited ? { rateLimited: { ...spec.rateLimited } } : {}) };
    this.successes = 0;
    this.listPages = 0;
    this.lastListed = undefined;
  }

  clear(): void {
    this.set({});
  }

  /**
   * A list page replaced outright (endless empty pages), or undefined to answer
   * normally. Called for every list request before the app is looked at.
   */
  replaceListPage(): { templates: unknown[]; has_more: boolean; next: string } | undefined {
    const endless = this.spec.endlessEmptyPages;
    if (!endless || this.listPages < endless.afterPages) return undefined;
    this.listPages += 1;
    return { templates: [], has_more: true, next: `empty-${this.listPages}-${Math.random().toString(36).slice(2)}` };
  }

  /** A normal list page's body as the page faults change it. */
  shapeListPage(body: { templates: unknown[]; has_more: boolean; next: string }): unknown {
    const { hasMoreWithoutNext, changeBetweenPages } = this.spec;
    const served = this.listPages++;
    let templates = body.templates;
    if (changeBetweenPages && served >= changeBetweenPages.afterPages && this.lastListed !== undefined) templates = [this.lastListed, ...templates];
    this.lastListed = body.templates.at(-1);
    if (hasMoreWithoutNext && served >= hasMoreWithoutNext.afterPages) {
      return { templates, has_more: true, ...(hasMoreWithoutNext.next === null ? { next: null } : {}) };
    }
    return { ...body, templates };
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
    ['hasMoreWithoutNext.afterPages', spec.hasMoreWithoutNext?.afterPages],
    ['endlessEmptyPages.afterPages', spec.endlessEmptyPages?.afterPages],
    ['changeBetweenPages.afterPages', spec.changeBetweenPages?.afterPages],
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
