// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hasLiquid, hasPersonalization, renderPersonalization, type RenderContext } from '../../fakes/clevertap/render';
import { SAMPLE_PROFILE } from '../../fakes/clevertap/sample-data';

const context: RenderContext = {
  identity: SAMPLE_PROFILE.identity,
  profileData: SAMPLE_PROFILE.profileData,
  eventProperties: { Amount: 120, 'Product name': 'Analytical Engine' },
};
const render = (text: string, ctx: RenderContext = context) => renderPersonalization(text, ctx);

describe('@ personalization', () => {
  it('renders profile properties, identity included', () => {
    expect(render('@Profile - SendbirdID')).toBe('sb-user-1');
    expect(render('@Profile - Identity')).toBe('user-1');
    expect(render('Hi @Profile - first_name!')).toBe('Hi Ada!');
  });

  it('takes names with spaces', () => {
    expect(render('@Profile - customer type')).toBe('gold');
    expect(render('tier: @Profile - customer type, city: @Profile - City')).toBe('tier: gold, city: London');
  });

  it('prefers the longest known name', () => {
    expect(render('@Profile - Name')).toBe('Ada Lovelace');
    expect(render('@Profile - first_name')).toBe('Ada');
  });

  it('uses the default when the property is missing or empty', () => {
    expect(render('@Profile - Nickname | default:"friend"')).toBe('friend');
    expect(render('@Profile - favourite colour | default:"blue"')).toBe('blue');
    expect(render('@Profile - Name | default:"friend"')).toBe('Ada Lovelace');
    expect(render('@Profile - Nickname')).toBe('');
    expect(render('@Profile - Empty | default:"x"', { ...context, profileData: { Empty: '' } })).toBe('x');
  });

  it('renders event properties whatever the event name', () => {
    expect(render('@Charged - Amount')).toBe('120');
    expect(render('@Charged - Product name')).toBe('Analytical Engine');
    expect(render('@Added To Cart - Quantity | default:"3"')).toBe('3');
  });

  it('leaves e-mail addresses and plain @ mentions alone', () => {
    expect(render('write to ada@example.com - thanks')).toBe('write to ada@example.com - thanks');
    expect(render('follow @brand')).toBe('follow @brand');
  });

  it('stops a name at a JSON quote', () => {
    expect(render('{"receiver": "@Profile - SendbirdID", "city": "@Profile - City"}')).toBe('{"receiver": "sb-user-1", "city": "London"}');
  });
});

describe('Liquid personalization', () => {
  it('renders Profile and Event paths', () => {
    expect(render('{{ Profile.SendbirdID }}')).toBe('sb-user-1');
    expect(render('{{Profile.first_name}}')).toBe('Ada');
    expect(render('{{ Profile.Identity }}')).toBe('user-1');
    expect(render('{{ Event.Amount }}')).toBe('120');
    expect(render('{{ Profile.customer type }}')).toBe('gold');
    expect(render('{{ Profile["customer type"] }}')).toBe('gold');
  });

  it('applies defaults in single or double quotes', () => {
    expect(render("{{ Profile.nickname | default: 'there' }}")).toBe('there');
    expect(render('{{ Profile.nickname | default: "there" }}')).toBe('there');
    expect(render("{{ Profile.first_name | default: 'there' }}")).toBe('Ada');
  });

  it('renders unknown variables as nothing', () => {
    expect(render('[{{ Profile.unknown }}]')).toBe('[]');
    expect(render('[{{ something.else }}]')).toBe('[]');
    expect(render('[{{ Event.missing }}]', { ...context, eventProperties: {} })).toBe('[]');
  });

  it('renders a JSON custom body whose Liquid holds inner quotes', () => {
    const body = `{
  "payload_version": 1,
  "template_key": "welcome_offer",
  "receiver": "{{ Profile.SendbirdID }}",
  "event_name": "Welcome flow",
  "variables": {
    "first_name": "{{ Profile.first_name | default: 'there' }}",
    "nickname": "{{ Profile.nickname | default: "pal" }}",
    "coupon": "SPRING24"
  }
}`;
    expect(JSON.parse(render(body))).toEqual({
      payload_version: 1,
      template_key: 'welcome_offer',
      receiver: 'sb-user-1',
      event_name: 'Welcome flow',
      variables: { first_name: 'Ada', nickname: 'pal', coupon: 'SPRING24' },
    });
  });

  it('mixes both syntaxes', () => {
    expect(render('{{ Profile.first_name }} from @Profile - City')).toBe('Ada from London');
  });
});

describe('detection', () => {
  it('tells Liquid from @ personalization', () => {
    expect(hasLiquid('{{ Profile.Name }}')).toBe(true);
    expect(hasLiquid('{% if x %}y{% endif %}')).toBe(true);
    expect(hasLiquid('@Profile - Name')).toBe(false);
    expect(hasPersonalization('@Profile - Name')).toBe(true);
    expect(hasPersonalization('{{ Event.x }}')).toBe(true);
    expect(hasPersonalization('plain text, ada@example.com')).toBe(false);
  });
});
