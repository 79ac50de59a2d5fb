import {
  CreditSchema,
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
import { run, type ParseIssue, type Schema } from './validate.js';

export { formatPath, type ParseIssue } from './validate.js';

/** Either the typed value or every problem found. Never throws for bad input. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ParseIssue[] };

/** Lists issues one per line: `photos[0].credit.holder: required`. */
export function formatIssues(issues: readonly ParseIssue[], separator = '\n'): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join(separator);
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

/* @__NO_SIDE_EFFECTS__ */
function parser<T>(schema: Schema<T>) {
  return (input: unknown): ParseResult<T> => run(schema, input);
}

/** Parses untrusted JSON (from a CMS or API) into a {@link PressRelease}. */
export const parsePressRelease = /* @__PURE__ */ parser<PressRelease>(PressReleaseSchema);
/** Parses untrusted JSON into a {@link Photo}. */
export const parsePhoto = /* @__PURE__ */ parser<Photo>(PhotoSchema);
/** Parses untrusted JSON into a {@link Credit}. */
export const parseCredit = /* @__PURE__ */ parser<Credit>(CreditSchema);
/** Parses untrusted JSON into a {@link NewsTeaser}. */
export const parseNewsTeaser = /* @__PURE__ */ parser<NewsTeaser>(NewsTeaserSchema);
/** Parses untrusted JSON into an {@link Organisation}. */
export const parseOrganisation = /* @__PURE__ */ parser<Organisation>(OrganisationSchema);
/** Parses untrusted JSON into a {@link Person}. */
export const parsePerson = /* @__PURE__ */ parser<Person>(PersonSchema);
/** Parses untrusted JSON into a {@link Place}. */
export const parsePlace = /* @__PURE__ */ parser<Place>(PlaceSchema);
/** Parses untrusted JSON into a {@link WeatherObservation}. */
export const parseWeatherObservation =
  /* @__PURE__ */ parser<WeatherObservation>(WeatherObservationSchema);

/** Like {@link parsePressRelease}, but throws a {@link ModelValidationError}. For trusted build-time data. */
export function assertPressRelease(input: unknown): PressRelease {
  const result = parsePressRelease(input);
  if (!result.ok) throw new ModelValidationError('press release', result.issues);
  return result.value;
}
