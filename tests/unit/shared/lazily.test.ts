import { describe, expect, it, vi } from 'vitest';
import { lazily } from '../../../src/shared/lazily';
import { messages } from '../../../src/shared/protocol';

describe('lazily', () => {
  it('builds nothing until asked, then once', () => {
    const build = vi.fn(() => ({ built: true }));
    const value = lazily(build);
    expect(build).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });
});

describe('protocol schemas built on first use', () => {
  it('a message keeps the same schemas once built, and still validates', () => {
    const { request, response } = messages['templates.get'];
    expect(messages['templates.get'].request).toBe(request);
    expect(messages['templates.get'].response).toBe(response);
    expect(request.safeParse({ key: 'welcome_offer' }).success).toBe(true);
    expect(request.safeParse({ key: '..' }).success).toBe(false);
    expect(request.safeParse({ key: 'a', extra: 1 }).success).toBe(false);
  });
});
