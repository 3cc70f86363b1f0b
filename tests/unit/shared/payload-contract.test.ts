// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fromKeyValueRows,
  isContractKey,
  readCustomBody,
  sourceProblem,
  toCustomBody,
  toKeyValueRows,
  containsLiquid,
  parseSource,
  parseTypedSource,
  DEFAULT_RECEIVER_PROPERTY,
  type BodyMode,
  type PayloadState,
  type VariableSource,
} from '../../../src/shared/payload-contract';

// Property tests do hundreds of runs: a CPU-bound budget, not a wait, so a loaded machine gets room.
const PROPERTY_TIMEOUT = 30_000;

const trimmed = (arb: fc.Arbitrary<string>) => arb.filter((s) => s === s.trim());
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const name = trimmed(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => !/[{}]/.test(s)));

function sourceArb(mode: BodyMode): fc.Arbitrary<VariableSource> {
  return fc
    .oneof(
      anyText.map((text): VariableSource => ({ kind: 'text', text })),
      fc.record({ property: name, fallback: fc.oneof(fc.constant(''), trimmed(anyText)) }).map((s): VariableSource => ({ kind: 'profile', ...s })),
      fc.record({ event: mode === 'key-value' ? name : fc.constant(''), property: name }).map((s): VariableSource => ({ kind: 'event', ...s })),
    )
    .filter((source) => sourceProblem(source, mode) === undefined);
}

/** Every valid form state for a body mode. */
function stateArb(mode: BodyMode): fc.Arbitrary<PayloadState> {
  return fc.record({
    templateKey: fc.string({ minLength: 1, maxLength: 30 }),
    receiverProperty: name.filter((p) => sourceProblem({ kind: 'profile', property: p, fallback: '' }, mode) === undefined),
    eventName: anyText,
    variables: fc.dictionary(name, sourceArb(mode), { maxKeys: 8 }),
  });
}

describe('payload contract', () => {
  it('key-value mode: read(write(S)) == S for every valid S', () => {
    fc.assert(fc.property(stateArb('key-value'), (state) => {
      expect(fromKeyValueRows(toKeyValueRows(state))).toEqual(state);
    }), { numRuns: 500 });
  }, PROPERTY_TIMEOUT);

  it('custom body mode: read(write(S)) == S for every valid S', () => {
    fc.assert(
      fc.property(stateArb('custom-body'), (state) => {
        expect(readCustomBody(toCustomBody(state))).toEqual({ kind: 'ours', state });
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);

  it('key-value mode ignores and never claims the marketer’s rows', () => {
    fc.assert(
      fc.property(
        stateArb('key-value'),
        fc.array(fc.record({ key: fc.string().filter((k) => !isContractKey(k)), value: fc.string() }), { maxLength: 5 }),
        (state, marketerRows) => {
          const rows = [...marketerRows.slice(0, 2), ...toKeyValueRows(state), ...marketerRows.slice(2)];
          expect(fromKeyValueRows(rows)).toEqual(state);
        },
      ),
    );
  }, PROPERTY_TIMEOUT);

  it('writes the documented rows', () => {
    const state: PayloadState = {
      templateKey: 'welcome_offer',
      receiverProperty: 'SendbirdID',
      eventName: 'Welcome flow',
      variables: {
        first_name: { kind: 'profile', property: 'first_name', fallback: 'there' },
        coupon: { kind: 'text', text: 'SPRING24' },
        item: { kind: 'event', event: 'Added to cart', property: 'product' },
      },
    };
    expect(toKeyValueRows(state)).toEqual([
      { key: 'payload_version', value: '1' },
      { key: 'template_key', value: 'welcome_offer' },
      { key: 'receiver', value: '@Profile - SendbirdID' },
      { key: 'event_name', value: 'Welcome flow' },
      { key: 'variables.first_name', value: '@Profile - first_name | default:"there"' },
      { key: 'variables.coupon', value: 'SPRING24' },
      { key: 'variables.item', value: '@Added to cart - product' },
    ]);
    expect(JSON.parse(toCustomBody(state))).toEqual({
      payload_version: 1,
      template_key: 'welcome_offer',
      receiver: '{{ Profile.SendbirdID }}',
      event_name: 'Welcome flow',
      variables: { first_name: "{{ Profile.first_name | default: 'there' }}", coupon: 'SPRING24', item: '{{ Event.product }}' },
    });
  });

  it('tells our Custom Body from the marketer’s', () => {
    expect(readCustomBody('  \n')).toEqual({ kind: 'empty' });
    expect(readCustomBody('{"hello": "{{ Profile.name }}"}')).toEqual({ kind: 'foreign' });
    expect(readCustomBody('{"payload_version":1,"template_key":"k","extra":true}')).toEqual({ kind: 'foreign' });
    expect(readCustomBody('{"payload_version":2,"template_key":"k"}')).toEqual({ kind: 'foreign' });
    expect(readCustomBody('{"name": "{{ Profile.name | default: "x" }}"}')).toEqual({ kind: 'foreign' });
    expect(readCustomBody('[1,2]')).toEqual({ kind: 'foreign' });
    expect(readCustomBody('{"payload_version":"1","template_key":"k","receiver":"{{Profile.uid}}","event_name":"e","variables":{}}')).toMatchObject({
      kind: 'ours',
      state: { receiverProperty: 'uid' },
    });
  });

  it('reads personalization typed by hand, in either quote style', () => {
    expect(parseSource('{{Profile.first_name|default:"Ada"}}', 'custom-body')).toEqual({ kind: 'profile', property: 'first_name', fallback: 'Ada' });
    expect(parseSource('@Profile - customer type', 'key-value')).toEqual({ kind: 'profile', property: 'customer type', fallback: '' });
    expect(parseSource('@Profile - first_name', 'custom-body')).toEqual({ kind: 'text', text: '@Profile - first_name' });
  });

  it('refuses values that would change meaning', () => {
    expect(sourceProblem({ kind: 'profile', property: 'a', fallback: 'say "hi"' }, 'key-value')).toMatch(/"/);
    expect(sourceProblem({ kind: 'profile', property: 'a', fallback: "it's" }, 'custom-body')).toMatch(/'/);
    expect(sourceProblem({ kind: 'profile', property: '', fallback: '' }, 'key-value')).toMatch(/property/);
    expect(sourceProblem({ kind: 'event', event: '', property: 'p' }, 'key-value')).toMatch(/event/);
    expect(sourceProblem({ kind: 'event', event: '', property: 'p' }, 'custom-body')).toBeUndefined();
    expect(sourceProblem({ kind: 'text', text: '@Profile - x' }, 'key-value')).toMatch(/personalization/);
  });

  it('spots Liquid', () => {
    expect(containsLiquid('{{ Profile.name }}')).toBe(true);
    expect(containsLiquid('{% if x %}y{% endif %}')).toBe(true);
    expect(containsLiquid('@Profile - name')).toBe(false);
  });
});

describe('payload contract: the reading rules', () => {
  it('reads profile and event names that hold line separators', () => {
    for (const separator of ['\n', '\r', '\u2028', '\u2029']) {
      expect(parseSource(`@Profile - first${separator}name`, 'key-value')).toEqual({ kind: 'profile', property: `first${separator}name`, fallback: '' });
      expect(parseSource(`@Profile - first${separator}name | default:"x"`, 'key-value')).toEqual({ kind: 'profile', property: `first${separator}name`, fallback: 'x' });
      expect(parseSource(`@Added${separator}to cart - prod${separator}uct`, 'key-value')).toEqual({ kind: 'event', event: `Added${separator}to cart`, property: `prod${separator}uct` });
    }
    const state: PayloadState = { templateKey: 'k', receiverProperty: 'id', eventName: '', variables: { v: { kind: 'profile', property: 'first\u2028name', fallback: '' } } };
    expect(fromKeyValueRows(toKeyValueRows(state))).toEqual(state);
  });

  it('takes a Custom Body whose variables are not all strings as the marketer’s', () => {
    const body = (variables: unknown) => JSON.stringify({ payload_version: 1, template_key: 'k', receiver: '{{ Profile.id }}', event_name: '', variables });
    expect(readCustomBody(body({ a: 'x' }))).toMatchObject({ kind: 'ours' });
    for (const value of [5, null, true, {}, ['x'], { nested: 'x' }]) {
      expect(readCustomBody(body({ a: 'x', b: value })), JSON.stringify(value)).toEqual({ kind: 'foreign' });
    }
    expect(readCustomBody(body(['x']))).toEqual({ kind: 'foreign' });
    expect(readCustomBody(body('x'))).toEqual({ kind: 'foreign' });
  });
});

describe('personalised values and Liquid in typed text (#13 item 8)', () => {
  it('Custom Body refuses profile and event sources; key-value mode takes them', async () => {
    const { variableProblem } = await import('../../../src/shared/payload-contract');
    for (const source of [
      { kind: 'profile', property: 'first_name', fallback: '' },
      { kind: 'event', event: '', property: 'product' },
    ] as const) {
      expect(variableProblem(source, 'custom-body')).toMatch(/key value pairs/);
    }
    expect(variableProblem({ kind: 'profile', property: 'first_name', fallback: 'there' }, 'key-value')).toBeUndefined();
  });

  it('typed text with {{ or {% that is not a whole personalization is refused in both modes; plain text passes', async () => {
    const { variableProblem, typedTextProblem } = await import('../../../src/shared/payload-contract');
    for (const text of ['Hi {{ Profile.Name', '{{', 'a {% if x %} b', 'Hi {{ Profile.Name }}!', '{{ Profile.a }} {{ Profile.b }}']) {
      for (const mode of ['key-value', 'custom-body'] as const) expect(variableProblem({ kind: 'text', text }, mode)).toBeDefined();
      expect(typedTextProblem(text)).toBeDefined();
    }
    for (const text of ['SPRING24', 'a { b } c', 'Dwayne "The Rock"', '100%']) {
      for (const mode of ['key-value', 'custom-body'] as const) expect(variableProblem({ kind: 'text', text }, mode)).toBeUndefined();
    }
  });
});

describe('payload contract: edges of each rule', () => {
  const rows = (pairs: Record<string, string>) => Object.entries(pairs).map(([key, value]) => ({ key, value }));

  it('reads typed personalization in either syntax, trimmed, and keeps other text as typed', () => {
    expect(parseTypedSource('  @Profile - name  ')).toEqual({ kind: 'profile', property: 'name', fallback: '' });
    expect(parseTypedSource('{{ Profile.first_name }}')).toEqual({ kind: 'profile', property: 'first_name', fallback: '' });
    expect(parseTypedSource('{{ Event.sku }}')).toEqual({ kind: 'event', event: '', property: 'sku' });
    expect(parseTypedSource(' hello ')).toEqual({ kind: 'text', text: ' hello ' });
  });

  it('reads personalization only when it is the whole value', () => {
    expect(parseSource('hello', 'key-value')).toEqual({ kind: 'text', text: 'hello' });
    expect(parseSource('hello', 'custom-body')).toEqual({ kind: 'text', text: 'hello' });
    for (const value of ['Hi @Profile - name', 'x@Added - sku']) expect(parseSource(value, 'key-value')).toEqual({ kind: 'text', text: value });
    for (const value of ['Hi {{ Profile.name }}', '{{ Profile.name }}!', 'Hi {{ Event.sku }}', '{{ Event.sku }}!']) {
      expect(parseSource(value, 'custom-body')).toEqual({ kind: 'text', text: value });
    }
    expect(parseSource('{{Event.sku}}', 'custom-body')).toEqual({ kind: 'event', event: '', property: 'sku' });
    expect(parseSource('{{   Event.sku   }}', 'custom-body')).toEqual({ kind: 'event', event: '', property: 'sku' });
  });

  it('reads key-value rows with spaced keys and values, and refuses rows without a version or a template', () => {
    const state = fromKeyValueRows(rows({ ' payload_version ': ' 1 ', ' template_key ': 'k', ' variables.name ': '@Profile - first_name', note: 'mine' }));
    expect(state).toEqual({ templateKey: 'k', receiverProperty: '', eventName: '', variables: { name: { kind: 'profile', property: 'first_name', fallback: '' } } });
    expect(fromKeyValueRows(rows({ template_key: 'k' }))).toBeNull();
    expect(fromKeyValueRows(rows({ payload_version: '2', template_key: 'k' }))).toBeNull();
    expect(fromKeyValueRows(rows({ payload_version: '1' }))).toBeNull();
    expect(fromKeyValueRows(rows({ payload_version: '1', template_key: 'k', receiver: 'user_id' }))?.receiverProperty).toBe('user_id');
  });

  it('reads a Custom Body without receiver or event name, and refuses one whose scalars are not text', () => {
    expect(readCustomBody('{"payload_version":1,"template_key":"k"}')).toEqual({
      kind: 'ours',
      state: { templateKey: 'k', receiverProperty: '', eventName: '', variables: {} },
    });
    for (const key of ['template_key', 'receiver', 'event_name']) {
      const body = { payload_version: 1, template_key: 'k', receiver: '', event_name: '', [key]: 5 };
      expect(readCustomBody(JSON.stringify(body)), key).toEqual({ kind: 'foreign' });
    }
    for (const text of ['null', '"text"', '5', 'not json', '[{"payload_version":1}]']) expect(readCustomBody(text), text).toEqual({ kind: 'foreign' });
  });

  it('defaults the receiver to the SendbirdID profile property', () => {
    expect(DEFAULT_RECEIVER_PROPERTY).toBe('SendbirdID');
  });

  it('says exactly what is wrong with a value', () => {
    const profile = (property: string, fallback = '') => sourceProblem({ kind: 'profile', property, fallback }, 'key-value');
    const event = (name: string) => sourceProblem({ kind: 'event', event: name, property: 'sku' }, 'key-value');
    expect(sourceProblem({ kind: 'text', text: 'Hello there' }, 'key-value')).toBeUndefined();
    expect(sourceProblem({ kind: 'text', text: 'Hello there' }, 'custom-body')).toBeUndefined();
    expect(sourceProblem({ kind: 'text', text: '@Profile - x' }, 'key-value')).toBe('This text reads as personalization: choose the profile or event source instead.');
    expect(profile('first_name', 'Ada')).toBeUndefined();
    expect(profile('   ')).toBe('Enter a property name.');
    expect(profile(' first_name')).toBe('A property name cannot start or end with a space.');
    expect(profile('first{name')).toBe('A property name cannot contain { } | or quotes.');
    expect(profile('first\nname')).toBe('A property name cannot contain { } | or quotes.');
    expect(profile('first_name', 'a}b')).toBe('A default cannot contain ", braces or line breaks here.');
    expect(profile('first_name', ' Ada')).toBe('A default cannot start or end with a space.');
    expect(event('Added to cart')).toBeUndefined();
    expect(event('')).toBe('Enter the event name.');
    expect(event('   ')).toBe('Enter the event name.');
    for (const name of [' Added', 'Added - cart', 'Profile', 'Added\ncart']) expect(event(name), name).toBe('That event name cannot be written as personalization.');
  });
});
