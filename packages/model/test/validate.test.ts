import { describe, expect, it } from 'vitest';
import { offenbachPressRelease } from '../src/fixtures/index.js';
import {
  parseCredit,
  parsePhoto,
  parsePressRelease,
  parseWeatherObservation,
} from '../src/index.js';
import {
  array,
  boolean,
  maybe,
  number,
  object,
  optional,
  picklist,
  refine,
  run,
  string,
  transform,
  union,
  variant,
  type ParseIssue,
  type Schema,
} from '../src/validate.js';

function issues<T>(schema: Schema<T>, input: unknown): ParseIssue[] {
  const result = run(schema, input);
  return result.ok ? [] : result.issues;
}

const short = (value: string) => (value.length > 3 ? 'too long' : undefined);
const letters = (value: string) => (/^[a-z]*$/.test(value) ? undefined : 'letters only');

describe('validation kernel', () => {
  it('runs every rule of a typed value, so one value can break two', () => {
    expect(issues(object({ a: string(short, letters) }), { a: 'AB12' })).toEqual([
      { path: 'a', message: 'too long' },
      { path: 'a', message: 'letters only' },
    ]);
  });

  it('says "required" for a missing key and what was received for a wrong type', () => {
    const schema = object({ a: string(), b: number(), c: boolean() });
    expect(issues(schema, { b: '1', c: null })).toEqual([
      { path: 'a', message: 'required' },
      { path: 'b', message: 'expected number, received "1"' },
      { path: 'c', message: 'expected boolean, received null' },
    ]);
    expect(issues(schema, 'x')).toEqual([
      { path: '(root)', message: 'expected object, received "x"' },
    ]);
  });

  it('refuses arrays as objects and non-finite numbers as numbers', () => {
    expect(issues(object({}), [])).toEqual([
      { path: '(root)', message: 'expected object, received array' },
    ]);
    expect(issues(number(), Number.NaN)).toEqual([
      { path: '(root)', message: 'expected a finite number' },
    ]);
  });

  it('drops unknown keys, keeps absent optional keys absent and null maybe-values undefined', () => {
    const schema = object({ a: optional(string()), b: maybe(number()) });
    const result = run(schema, { b: null, extra: '<script>' });
    expect(result).toEqual({ ok: true, value: { b: undefined } });
    expect(result.ok && Object.keys(result.value)).toEqual(['b']);
  });

  it('gives every parse a fresh default, so one result cannot change the next', () => {
    const schema = object({ list: optional(array(string(), 5), () => []) });
    const first = run(schema, {});
    if (!first.ok) throw new Error('expected ok');
    first.value.list.push('changed');
    expect(run(schema, {})).toEqual({ ok: true, value: { list: [] } });
  });

  it('refuses an oversized array without looking at its items', () => {
    let seen = 0;
    const counted: Schema<string> = (input) => {
      seen++;
      return String(input);
    };
    expect(issues(array(counted, 3), [1, 2, 3, 4])).toEqual([
      { path: '(root)', message: 'too many entries: 4, at most 3' },
    ]);
    expect(seen).toBe(0);
    expect(issues(array(string(), 3, [1, 'at least one']), [])).toEqual([
      { path: '(root)', message: 'at least one' },
    ]);
  });

  it('reports picklist misses with the received value, and required when absent', () => {
    const schema = object({ level: picklist([2, 3], (got) => `expected 2 or 3, got ${got}`) });
    expect(issues(schema, { level: '2' })).toEqual([
      { path: 'level', message: 'expected 2 or 3, got "2"' },
    ]);
    expect(issues(schema, {})).toEqual([{ path: 'level', message: 'required' }]);
  });

  it('refines a typed object at one key, after the object’s own issues', () => {
    const schema = refine(object({ a: string(short), b: optional(string()) }), 'b', (value) =>
      value.b ? undefined : 'b needed',
    );
    expect(issues(schema, { a: 'long' })).toEqual([
      { path: 'a', message: 'too long' },
      { path: 'b', message: 'b needed' },
    ]);
    // An untyped object is not refined: its type problem is the whole story.
    expect(issues(schema, { a: 1 })).toEqual([{ path: 'a', message: 'expected text, received 1' }]);
  });

  it('transforms only values without problems', () => {
    const schema = transform(string(short), (value) => value.length);
    expect(run(schema, 'ab')).toEqual({ ok: true, value: 2 });
    expect(issues(schema, 'abcd')).toEqual([{ path: '(root)', message: 'too long' }]);
  });

  describe('union', () => {
    const person = object({ name: string(letters) });
    const schema = object({
      who: union([person, transform(string(letters), (name) => ({ name }))], 'a person or a name'),
    });

    it('takes the first option that accepts the input', () => {
      expect(run(schema, { who: 'anna' })).toEqual({ ok: true, value: { who: { name: 'anna' } } });
      expect(run(schema, { who: { name: 'anna' } })).toEqual({
        ok: true,
        value: { who: { name: 'anna' } },
      });
    });

    it('reports the problems of an option of the right type, else its own message', () => {
      expect(issues(schema, { who: { name: 'Anna' } })).toEqual([
        { path: 'who.name', message: 'letters only' },
      ]);
      expect(issues(schema, { who: 7 })).toEqual([{ path: 'who', message: 'a person or a name' }]);
      expect(issues(schema, {})).toEqual([{ path: 'who', message: 'required' }]);
    });
  });

  describe('variant', () => {
    type AB = { type: 'a'; x: string } | { type: 'b'; y: number };
    const schema = variant<AB>(
      'type',
      {
        a: object({ type: picklist(['a'], () => 'a'), x: string() }),
        b: object({ type: picklist(['b'], () => 'b'), y: number() }),
      },
      (got) => `expected "a" or "b", received ${got}`,
    );

    it('picks the option by its key and reports an unknown or missing key at that key', () => {
      expect(run(schema, { type: 'b', y: 1 })).toEqual({ ok: true, value: { type: 'b', y: 1 } });
      expect(issues(schema, { type: 'b', x: 'no' })).toEqual([{ path: 'y', message: 'required' }]);
      expect(issues(schema, { type: 'c' })).toEqual([
        { path: 'type', message: 'expected "a" or "b", received "c"' },
      ]);
      expect(issues(schema, {})).toEqual([{ path: 'type', message: 'required' }]);
    });

    it('does not treat inherited names as options', () => {
      expect(issues(schema, { type: 'toString' })).toEqual([
        { path: 'type', message: 'expected "a" or "b", received "toString"' },
      ]);
      expect(issues(schema, { type: '__proto__' })).toEqual([
        { path: 'type', message: 'expected "a" or "b", received "__proto__"' },
      ]);
    });
  });
});

describe('input that throws when read', () => {
  const throwing = () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };

  it('reports a field whose getter throws at its path', () => {
    const input = {
      get holder(): string {
        throw new Error('nope');
      },
    };
    expect(parseCredit(input)).toEqual({
      ok: false,
      issues: [{ path: 'holder', message: 'could not be read (Error: nope)' }],
    });
  });

  it('reports a proxy that throws on every read instead of throwing', () => {
    const result = parsePhoto(throwing());
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues[0]?.message).toMatch(
      /^could not be read \(Error: trap\)$/,
    );
  });

  it('reports a revoked proxy at the root, at any depth', () => {
    expect(parseWeatherObservation(revoked())).toEqual({
      ok: false,
      issues: [
        {
          path: '(root)',
          message: expect.stringMatching(/^could not be read \(TypeError: .*revoked/) as string,
        },
      ],
    });
    const nested = parsePhoto({ sources: revoked(), alt: 'A', credit: { holder: 'H' } });
    expect(nested.ok).toBe(false);
  });
});

describe('the press-release schema on the kernel', () => {
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const release = (edit: (json: Json) => void): unknown => {
    const json = JSON.parse(JSON.stringify(offenbachPressRelease)) as Json;
    edit(json);
    return json;
  };

  it.each([
    ['an empty speaker name', (r: Json) => (r.body[2].speaker = ''), 'expected a person or a name'],
    ['a numeric speaker', (r: Json) => (r.body[2].speaker = 5), 'expected a person or a name'],
  ])('rejects %s for a quote', (_name, edit, message) => {
    const result = parsePressRelease(release(edit));
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'body[2].speaker', message }]);
  });

  it('reports a speaker object with an empty name at the name', () => {
    const result = parsePressRelease(release((r) => (r.body[2].speaker = { name: ' ' })));
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'body[2].speaker.name', message: 'must not be empty' },
    ]);
  });

  it('reports a block without a type at its type', () => {
    const result = parsePressRelease(release((r) => delete r.body[0].type));
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'body[0].type', message: 'required' }]);
  });

  it('reports a text that is both too long and contains a control character twice', () => {
    const result = parsePressRelease(release((r) => (r.headline = `\u0000${'x'.repeat(400)}`)));
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'headline', message: 'too long: 401 characters, at most 300' },
      { path: 'headline', message: 'control characters are not allowed' },
    ]);
  });
});
