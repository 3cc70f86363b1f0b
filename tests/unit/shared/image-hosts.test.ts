import { describe, expect, it } from 'vitest';
import { imageHostOf, isSendbirdImageHost, mayLoadImage } from '../../../src/shared/image-hosts';

describe('image hosts (#13 item 5)', () => {
  it.each(['sendbird.com', 'file-us-1.sendbird.com', 'static.sendbird.com', 'SENDBIRD.COM'])('%s is Sendbird\'s', (host) => {
    expect(isSendbirdImageHost(host)).toBe(true);
  });

  it.each(['notsendbird.com', 'sendbird.com.evil.example', 'sendbird.co', 'cdn.example.com', 'sendbird-com.example'])('%s is not Sendbird\'s', (host) => {
    expect(isSendbirdImageHost(host)).toBe(false);
  });

  it('reads the host name of an image URL, lower case and without port', () => {
    expect(imageHostOf('https://CDN.Example.com:8443/a.png')).toBe('cdn.example.com');
    expect(imageHostOf('not a url')).toBeUndefined();
    expect(imageHostOf('https://[::1]/a.png')).toBeUndefined();
  });

  it('loads Sendbird\'s images at once and others only once their host is allowed', () => {
    const none = new Set<string>();
    expect(mayLoadImage('https://file-us-1.sendbird.com/a.png', none)).toBe(true);
    expect(mayLoadImage('https://cdn.example.com/a.png', none)).toBe(false);
    expect(mayLoadImage('https://cdn.example.com/a.png', new Set(['cdn.example.com']))).toBe(true);
    // Per host, not per domain: a subdomain is another host.
    expect(mayLoadImage('https://img.cdn.example.com/a.png', new Set(['cdn.example.com']))).toBe(false);
  });
});
