// A small validation kernel for the model's schemas: each schema is a function that checks untrusted input,
// reports every problem with its path and returns the typed value (unknown keys dropped). It replaces valibot,
// whose runtime was most of the weight the components carried for parsing one observation or one photo.
//
// Semantics (the ones the model's tests pin down):
// - a value of the wrong type is "untyped": its parents are untyped too, and a union tries its next option;
// - every check of a typed value runs, so one string can be both too long and contain a control character;
// - a missing value where one is required reads `required`, a wrong type `expected text, received 42`.
// Every factory is free of side effects (`@__NO_SIDE_EFFECTS__`), so a bundle keeps only the schemas it uses.

/** One problem with an input: where (`photos[0].credit.holder`) and what (`required`). */
export interface ParseIssue {
  path: string;
  message: string;
}

export type Key = string | number;

/** Returned by a schema whose input did not even have the right type. */
export const UNTYPED: unique symbol = Symbol('untyped');

/** Checks `input` at `path`, appends its problems to `issues`, returns the value (or `UNTYPED`). */
export type Schema<T> = (
  input: unknown,
  path: readonly Key[],
  issues: ParseIssue[],
) => T | typeof UNTYPED;

/** A rule on a value of the right type: a message when broken, otherwise undefined. */
export type Rule<T> = (value: T) => string | undefined;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path as code would write it: `photos[0].credit.holder`; the input itself is `(root)`. */
export function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path || '(root)';
}

/** A short, safe description of a received value for messages (never the whole value). */
export function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return JSON.stringify(shown);
  }
  if (typeof input === 'number') return Number.isNaN(input) ? 'NaN' : String(input);
  return typeof input;
}

/** A plain object (not null, not an array): what an object schema, or any reader of untrusted JSON, expects. */
export function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

function report(issues: ParseIssue[], path: readonly Key[], message: string): typeof UNTYPED {
  issues.push({ path: formatPath(path), message });
  return UNTYPED;
}

/** The input is not of the `expected` type: `required` inside an object, otherwise what was received. */
function mistyped(
  issues: ParseIssue[],
  path: readonly Key[],
  input: unknown,
  message: string,
): typeof UNTYPED {
  return report(issues, path, input === undefined && path.length > 0 ? 'required' : message);
}

function checked<T>(
  value: T,
  rules: readonly Rule<T>[],
  path: readonly Key[],
  issues: ParseIssue[],
): T {
  for (const rule of rules) {
    const message = rule(value);
    if (message) report(issues, path, message);
  }
  return value;
}

/** Text, then each rule. */
/* @__NO_SIDE_EFFECTS__ */
export function string(...rules: Rule<string>[]): Schema<string> {
  return (input, path, issues) =>
    typeof input === 'string'
      ? checked(input, rules, path, issues)
      : mistyped(issues, path, input, `expected text, received ${describe(input)}`);
}

/** A boolean. */
/* @__NO_SIDE_EFFECTS__ */
export function boolean(): Schema<boolean> {
  return (input, path, issues) =>
    typeof input === 'boolean'
      ? input
      : mistyped(issues, path, input, `expected boolean, received ${describe(input)}`);
}

/** A finite number (`NaN` and `±Infinity` are errors), then each rule. */
/* @__NO_SIDE_EFFECTS__ */
export function number(...rules: Rule<number>[]): Schema<number> {
  return (input, path, issues) => {
    if (typeof input !== 'number') {
      return mistyped(issues, path, input, `expected number, received ${describe(input)}`);
    }
    if (!Number.isFinite(input)) return report(issues, path, 'expected a finite number');
    return checked(input, rules, path, issues);
  };
}

/** One of the given values (compared with `===`). */
/* @__NO_SIDE_EFFECTS__ */
export function picklist<const T extends readonly unknown[]>(
  values: T,
  message: (received: string) => string,
): Schema<T[number]> {
  return (input, path, issues) =>
    values.includes(input)
      ? (input as T[number])
      : mistyped(issues, path, input, message(describe(input)));
}

type Shape<T> = { [K in keyof T]-?: Schema<T[K]> };

/** A plain object with these keys; other keys are dropped, absent optional keys stay absent. */
/* @__NO_SIDE_EFFECTS__ */
export function object<T extends object>(shape: Shape<T>): Schema<T> {
  return (input, path, issues) => {
    if (!isRecord(input)) {
      return mistyped(issues, path, input, `expected object, received ${describe(input)}`);
    }
    const output: Record<string, unknown> = {};
    let typed = true;
    for (const key in shape) {
      let raw: unknown;
      let present: boolean;
      try {
        raw = input[key];
        present = key in input;
      } catch (error) {
        // A getter or proxy trap that throws: the field cannot be read, so it is missing with a reason.
        report(issues, [...path, key], `could not be read (${String(error)})`);
        typed = false;
        continue;
      }
      const value = (shape[key] as Schema<unknown>)(raw, [...path, key], issues);
      if (value === UNTYPED) typed = false;
      else if (value !== undefined || present) output[key] = value;
    }
    return typed ? (output as T) : UNTYPED;
  };
}

/** An array of at most `max` items (checked before the items, so a huge array costs nothing). */
/* @__NO_SIDE_EFFECTS__ */
export function array<T>(item: Schema<T>, max: number, min?: [number, string]): Schema<T[]> {
  return (input, path, issues) => {
    if (!Array.isArray(input)) {
      return mistyped(issues, path, input, `expected array, received ${describe(input)}`);
    }
    if (input.length > max) {
      return report(issues, path, `too many entries: ${input.length}, at most ${max}`);
    }
    let typed = true;
    const output = input.map((value, index) => {
      const result = item(value, [...path, index], issues);
      if (result === UNTYPED) typed = false;
      return result as T;
    });
    if (min && typed && output.length < min[0]) report(issues, path, min[1]);
    return typed ? output : UNTYPED;
  };
}

/** Absent (undefined) is allowed; `fallback` makes the value a fresh default then. */
/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(schema: Schema<T>): Schema<T | undefined>;
export function optional<T>(schema: Schema<T>, fallback: () => NoInfer<T>): Schema<T>;
export function optional<T>(schema: Schema<T>, fallback?: () => T): Schema<T | undefined> {
  return (input, path, issues) =>
    input === undefined ? fallback?.() : schema(input, path, issues);
}

/** Absent or null both mean "not given"; the value is undefined. */
/* @__NO_SIDE_EFFECTS__ */
export function maybe<T>(schema: Schema<T>): Schema<T | undefined> {
  return (input, path, issues) => (input == null ? undefined : schema(input, path, issues));
}

/** A rule on the whole (typed) value, reported at one of its keys. */
/* @__NO_SIDE_EFFECTS__ */
export function refine<T>(schema: Schema<T>, key: Key, rule: Rule<T>): Schema<T> {
  return (input, path, issues) => {
    const value = schema(input, path, issues);
    if (value !== UNTYPED) {
      const message = rule(value);
      if (message) report(issues, [...path, key], message);
    }
    return value;
  };
}

/** Converts a value that passed without any problem; one with problems stays untyped. */
/* @__NO_SIDE_EFFECTS__ */
export function transform<T, U>(schema: Schema<T>, convert: (value: T) => U): Schema<U> {
  return (input, path, issues) => {
    const before = issues.length;
    const value = schema(input, path, issues);
    return value === UNTYPED || issues.length > before ? UNTYPED : convert(value);
  };
}

/**
 * The first option that accepts the input. If none does, the problems of the first option that had the right
 * type (an object with a bad field) are reported, otherwise `message`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function union<T>(options: readonly Schema<T>[], message: string): Schema<T> {
  return (input, path, issues) => {
    let closest: [T, ParseIssue[]] | undefined;
    for (const option of options) {
      const own: ParseIssue[] = [];
      const value = option(input, path, own);
      if (value === UNTYPED) continue;
      if (own.length === 0) return value;
      closest ??= [value, own];
    }
    if (!closest) return mistyped(issues, path, input, message);
    issues.push(...closest[1]);
    return closest[0];
  };
}

/** An object whose `key` (a string) picks the schema for the rest. */
/* @__NO_SIDE_EFFECTS__ */
export function variant<T>(
  key: string,
  options: Record<string, Schema<T>>,
  message: (received: string) => string,
): Schema<T> {
  return (input, path, issues) => {
    if (!isRecord(input)) {
      return mistyped(issues, path, input, `expected object, received ${describe(input)}`);
    }
    const tag = input[key];
    if (typeof tag === 'string' && Object.hasOwn(options, tag)) {
      return (options[tag] as Schema<T>)(input, path, issues);
    }
    return mistyped(issues, [...path, key], tag, message(describe(tag)));
  };
}

/**
 * Runs `schema` on untrusted input: the typed value, or every problem found. Never throws, not even for input
 * that throws when read.
 */
export function run<T>(
  schema: Schema<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  try {
    const value = schema(input, [], issues);
    return value === UNTYPED || issues.length > 0 ? { ok: false, issues } : { ok: true, value };
  } catch (error) {
    // Only input that fights being read gets here (a revoked proxy, a throwing trap): report it, never throw.
    issues.push({ path: '(root)', message: `could not be read (${String(error)})` });
    return { ok: false, issues };
  }
}
