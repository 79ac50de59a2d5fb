import * as v from 'valibot';
import {
  CreditSchema,
  describe,
  NewsTeaserSchema,
  OrganisationSchema,
  PersonSchema,
  PhotoSchema,
  PlaceSchema,
  PressReleaseSchema,
  WeatherObservationSchema,
} from './schema.js';
import type {
  Credit,
  NewsTeaser,
  Organisation,
  Person,
  Photo,
  Place,
  PressRelease,
  WeatherObservation,
} from './types.js';

/** One problem with an input: where (`photos[0].credit.holder`) and what (`required`). */
export interface ParseIssue {
  path: string;
  message: string;
}

/** Either the typed value or every problem found. Never throws for bad input. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ParseIssue[] };

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

function typeName(expected: string | null): string {
  if (!expected) return 'a value';
  return expected
    .replace(/^Object$/, 'object')
    .replace(/^Array$/, 'array')
    .replace(/^string$/, 'text');
}

function toIssue(issue: v.BaseIssue<unknown>): ParseIssue {
  const keys = issue.path?.map((item) => item.key) ?? [];
  let message: string;
  if (issue.kind === 'schema' && issue.input === undefined && keys.length > 0) {
    message = 'required';
  } else if (
    issue.type === 'variant' &&
    keys.at(-1) !== 'type' &&
    (typeof issue.input !== 'object' || issue.input === null)
  ) {
    message = `expected object, received ${describe(issue.input)}`;
  } else if (
    issue.kind === 'schema' &&
    issue.type === 'number' &&
    typeof issue.input === 'number'
  ) {
    message = 'expected a finite number';
  } else if (
    issue.kind === 'schema' &&
    issue.type !== 'variant' &&
    issue.type !== 'picklist' &&
    issue.type !== 'union'
  ) {
    message = `expected ${typeName(issue.expected)}, received ${describe(issue.input)}`;
  } else {
    message = issue.message;
  }
  return { path: formatPath(keys), message };
}

/** Lists issues one per line: `photos[0].credit.holder: required`. */
export function formatIssues(issues: readonly ParseIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}

/** Thrown by the `assert…` variants; carries every issue. */
export class ModelValidationError extends Error {
  readonly issues: readonly ParseIssue[];
  constructor(what: string, issues: readonly ParseIssue[]) {
    super(`invalid ${what}:\n${formatIssues(issues)}`);
    this.name = 'ModelValidationError';
    this.issues = issues;
  }
}

function parser<T>(schema: v.GenericSchema<unknown, T>) {
  return (input: unknown): ParseResult<T> => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return {
        ok: false,
        issues: [{ path: '(root)', message: `expected object, received ${describe(input)}` }],
      };
    }
    const result = v.safeParse(schema, input);
    if (result.success) return { ok: true, value: result.output };
    const issues = result.issues.map(toIssue);
    // Several schema branches can report the same place; keep one line per path and message.
    const seen = new Set<string>();
    return {
      ok: false,
      issues: issues.filter((issue) => {
        const key = `${issue.path}\u0000${issue.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
    };
  };
}

/** Parses untrusted JSON (from a CMS or API) into a {@link PressRelease}. */
export const parsePressRelease = parser<PressRelease>(PressReleaseSchema);
/** Parses untrusted JSON into a {@link Photo}. */
export const parsePhoto = parser<Photo>(PhotoSchema);
/** Parses untrusted JSON into a {@link Credit}. */
export const parseCredit = parser<Credit>(CreditSchema);
/** Parses untrusted JSON into a {@link NewsTeaser}. */
export const parseNewsTeaser = parser<NewsTeaser>(NewsTeaserSchema);
/** Parses untrusted JSON into an {@link Organisation}. */
export const parseOrganisation = parser<Organisation>(OrganisationSchema);
/** Parses untrusted JSON into a {@link Person}. */
export const parsePerson = parser<Person>(PersonSchema);
/** Parses untrusted JSON into a {@link Place}. */
export const parsePlace = parser<Place>(PlaceSchema);
/** Parses untrusted JSON into a {@link WeatherObservation}. */
export const parseWeatherObservation = parser<WeatherObservation>(WeatherObservationSchema);

/** Like {@link parsePressRelease}, but throws a {@link ModelValidationError}. For trusted build-time data. */
export function assertPressRelease(input: unknown): PressRelease {
  const result = parsePressRelease(input);
  if (!result.ok) throw new ModelValidationError('press release', result.issues);
  return result.value;
}
