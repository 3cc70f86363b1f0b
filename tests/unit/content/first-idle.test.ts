import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad, onFirstIdle } from '../../../src/content/dom/first-idle';

describe('onFirstIdle', () => {
  let idle: Map<number, IdleRequestCallback>;
  let timeouts: (number | undefined)[];
  beforeEach(() => {
    idle = new Map();
    timeouts = [];
    let next = 0;
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
      idle.set(++next, callback);
      timeouts.push(options?.timeout);
      return next;
    });
    vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
  });
  afterEach(() => vi.unstubAllGlobals());

  const idleNow = () => {
    for (const callback of idle.values()) callback({ didTimeout: false, timeRemaining: () => 50 });
    idle.clear();
  };

  it('runs the work at the first idle moment, not before, with the given deadline', () => {
    const run = vi.fn();
    onFirstIdle(new AbortController().signal, run, 2_000);
    expect(run).not.toHaveBeenCalled();
    expect(timeouts).toEqual([2_000]);
    idleNow();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs the work once the signal aborted before the idle moment', () => {
    const controller = new AbortController();
    const run = vi.fn();
    onFirstIdle(controller.signal, run, 2_000);
    controller.abort();
    idleNow();
    expect(run).not.toHaveBeenCalled();
  });

  it('asks for no idle callback on an aborted signal', () => {
    const controller = new AbortController();
    controller.abort();
    onFirstIdle(controller.signal, vi.fn(), 2_000);
    expect(idle.size).toBe(0);
  });
});

/** Fake timers, and document.readyState as `page.readyState` says, for each test of the block that calls it. */
function fakeDocumentState(initial: DocumentReadyState): { readyState: DocumentReadyState } {
  const page = { readyState: initial };
  beforeEach(() => {
    vi.useFakeTimers();
    page.readyState = initial;
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => page.readyState);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  return page;
}

describe('afterPageLoad', () => {
  const page = fakeDocumentState('interactive');

  const loadEvent = () => {
    page.readyState = 'complete';
    window.dispatchEvent(new Event('load'));
  };

  it('runs nothing before the load event, and not inside it: in the task after', () => {
    const run = vi.fn();
    afterPageLoad(run, 3_000, 15_000);
    vi.advanceTimersByTime(2_000);
    expect(run).not.toHaveBeenCalled();
    loadEvent();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs in a task of its own when the page has already loaded', () => {
    page.readyState = 'complete';
    const run = vi.fn();
    afterPageLoad(run, 3_000, 15_000);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    loadEvent();
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the cap when the load never comes, once', () => {
    const run = vi.fn();
    afterPageLoad(run, 3_000, 15_000);
    vi.advanceTimersByTime(2_999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    loadEvent();
    vi.advanceTimersByTime(10);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('afterPageLoad from document start', () => {
  const page = fakeDocumentState('loading');

  it('counts the cap from DOMContentLoaded, not from the document start', () => {
    const run = vi.fn();
    afterPageLoad(run, 3_000, 15_000);
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
    page.readyState = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    vi.advanceTimersByTime(2_999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('starts 15 s after the document start at the latest, when neither DOMContentLoaded nor load comes (a document.open() erased our listeners)', () => {
    const run = vi.fn();
    afterPageLoad(run, 3_000, 15_000);
    vi.advanceTimersByTime(14_999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    page.readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('starts after the load event when it comes first', () => {
    const run = vi.fn();
    afterPageLoad(run, 3_000, 15_000);
    page.readyState = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    vi.advanceTimersByTime(100);
    page.readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
