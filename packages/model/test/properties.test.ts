import { describe, expect, it } from 'vitest';
import readme from '../README.md?raw';
import { changedFrom, coerceProperties, coerceProperty } from '../src/index.js';
import { expectReadmeClaims } from './readme-claims.js';

describe('coerceProperty', () => {
  it.each([
    [String, 'text', { changed: false }],
    [String, 7, { changed: true, value: '7' }],
    [String, true, { changed: true, value: 'true' }],
    [String, null, { changed: true, value: undefined }],
    [String, { toString: 'not a function' }, { changed: true, value: undefined }],
    [String, ['a'], { changed: true, value: undefined }],
    [Number, 3, { changed: false }],
    [Number, '3', { changed: true, value: 3 }],
    [Number, ' ', { changed: true, value: Number.NaN }],
    [Number, {}, { changed: true, value: Number.NaN }],
    [Boolean, 'false', { changed: true, value: false }],
    [Boolean, 1, { changed: true, value: false }],
    [Boolean, true, { changed: false }],
    [Object, 'anything', { changed: false }],
    [String, undefined, { changed: false }],
  ])('%o with %o', (type, value, expected) => {
    expect(coerceProperty(type, value)).toMatchObject(expected);
  });
});

describe('coerceProperties', () => {
  it('fixes only changed, declared, simply typed properties and says what it did', () => {
    const element: Record<string, unknown> = { heading: 42, level: '2', model: { x: 1 }, other: 5 };
    const declarations = new Map<PropertyKey, { type?: unknown }>([
      ['heading', { type: String }],
      ['level', { type: Number }],
      ['model', { attribute: false } as { type?: unknown }],
      ['other', { type: String }],
    ]);
    const notes = coerceProperties(
      element,
      declarations,
      new Map([
        ['heading', undefined],
        ['level', undefined],
        ['model', undefined],
      ]),
    );
    expect(element).toEqual({ heading: '42', level: 2, model: { x: 1 }, other: 5 });
    expect(notes).toEqual([
      'heading: a number was turned into text',
      'level: a string is not a number',
    ]);
  });
});

describe('coerceProperty with values a script can make but JSON cannot', () => {
  it('turns a revoked proxy into "not set" instead of throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(coerceProperty(String, proxy)).toEqual({
      changed: true,
      value: undefined,
      reason: 'a revoked proxy is not text',
    });
    expect(coerceProperty(Number, proxy)).toMatchObject({ changed: true, value: Number.NaN });
  });

  it('turns symbols and functions into "not set", bigints into their text', () => {
    expect(coerceProperty(String, Symbol('x'))).toMatchObject({ changed: true, value: undefined });
    expect(coerceProperty(String, () => 1)).toMatchObject({ changed: true, value: undefined });
    expect(coerceProperty(String, 10n)).toMatchObject({ changed: true, value: '10' });
  });
});

describe('changedFrom (hasChanged for a property with a default)', () => {
  const level = changedFrom(3);
  it('calls the default no change on the first set, and any other value a change', () => {
    expect(level(3, undefined)).toBe(false);
    expect(level(2, undefined)).toBe(true);
    expect(level(undefined, undefined)).toBe(true);
  });
  it('compares later sets with the value before, as Lit does', () => {
    expect(level(3, 2)).toBe(true);
    expect(level(2, 2)).toBe(false);
    expect(level(Number.NaN, 2)).toBe(true);
  });
});

describe('the README', () => {
  it('shows what coerceProperty and changedFrom return', () => {
    expectReadmeClaims(readme, 'Element properties', { coerceProperty, changedFrom }, 5);
  });
});
