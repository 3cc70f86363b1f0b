import { describe, expect, it } from 'vitest';
import { own } from '../../../../src/shared/own';
import { createFillContext, fillString, sampleValues } from '../../../../src/shared/preview/variables';
import { payloadStateOf } from '../../../../src/content/picker/store/form';
import { toCustomBody, toKeyValueRows } from '../../../../src/shared/payload-contract';

/** Variable names a plain object lookup would confuse with Object.prototype's members (#13 item 4). */
const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const variables = NAMES.map((name) => ({ name, locations: ['text' as const] }));

describe('prototype-named variables', () => {
  it('own() finds only own values', () => {
    expect(NAMES.map((name) => own({}, name))).toEqual(NAMES.map(() => undefined));
    expect(own(Object.fromEntries([['__proto__', 'x']]), '__proto__')).toBe('x');
  });

  it('sample values hold a string for every name, __proto__ included', () => {
    const values = sampleValues({ variables });
    expect(NAMES.map((name) => typeof own(values, name))).toEqual(NAMES.map(() => 'string'));
  });

  it('the preview fills each name from the values, and leaves an unfilled one as written', () => {
    const context = createFillContext({ variables, colorVariables: [] }, Object.fromEntries([['toString', 'T']]), 'light');
    const filled = fillString('{toString} {constructor} {__proto__}', context);
    expect(filled.value).toBe('T {constructor} {__proto__}');
    expect(filled.unfilled).toEqual(['constructor', '__proto__']);
  });

  it('the payload holds every name, empty ones as empty text, never a prototype member', () => {
    const state = payloadStateOf({
      templateKey: 'proto',
      receiverProperty: 'SendbirdID',
      eventName: 'E',
      variables: Object.fromEntries([['constructor', { kind: 'text', text: 'C' }]]),
      template: { variables } as never,
    });
    expect(toKeyValueRows(state).filter((row) => row.key.startsWith('variables.'))).toEqual([
      { key: 'variables.__proto__', value: '' },
      { key: 'variables.constructor', value: 'C' },
      { key: 'variables.toString', value: '' },
      { key: 'variables.hasOwnProperty', value: '' },
      { key: 'variables.valueOf', value: '' },
    ]);
    expect(Object.keys(JSON.parse(toCustomBody(state)).variables)).toEqual(NAMES);
  });
});

describe('Apply reports every failure with a message', () => {
  it('an error without text, or a thrown non-error, still says what happened', async () => {
    const { errorText } = await import('../../../../src/content/picker/apply');
    expect(errorText(new Error('row vanished'))).toBe('row vanished');
    expect(errorText(new TypeError(''))).toMatch(/TypeError/);
    expect(errorText(undefined)).toMatch(/unexpected/i);
    expect(errorText({})).not.toBe('');
  });
});
