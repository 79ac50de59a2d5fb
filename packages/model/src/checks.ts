/**
 * The checks behind the schemas, usable on their own. Each returns undefined when the value is fine, or
 * a short English message saying what is wrong (the parse result puts it behind the value's path).
 */

/** Length limits: generous for real content, small enough that a 1 MB string is refused. */
export const LIMITS = {
  name: 200,
  headline: 300,
  short: 500,
  paragraph: 10_000,
  url: 2_048,
  blocks: 500,
  items: 100,
  photos: 50,
  sources: 20,
} as const;

/** C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F) control characters; `allowed` are let through. */
function hasControl(value: string, allowed: readonly number[] = []): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code <= 0x1f || (code >= 0x7f && code <= 0x9f)) && !allowed.includes(code)) return true;
  }
  return false;
}

const TAB_LF_CR = [0x09, 0x0a, 0x0d];

/** Checks that a string is text a person can read: well-formed Unicode, no control characters. */
export function checkText(value: string): string | undefined {
  if (!value.isWellFormed()) return 'invalid Unicode (lone surrogate)';
  if (hasControl(value, TAB_LF_CR)) return 'control characters are not allowed';
  return undefined;
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const BASE = 'https://stadtkit.invalid/';

/**
 * Checks that a URL is safe to put in `href` or `src`: http, https, or relative (path, query or fragment).
 * Rejects every other scheme (`javascript:`, `data:`, `vbscript:`, `file:` …), URLs with whitespace or
 * control characters (browsers strip them, which hides schemes), backslash tricks (`/\evil.example`), and
 * URLs longer than `LIMITS.url`, so every caller (schemas, attributes) gets the same bound.
 */
export function checkUrl(value: string): string | undefined {
  // A page checks the same URLs again and again (a licence on every photo, a photo in every teaser), and URL
  // parsing is most of the cost: answers are remembered, a bounded number of them.
  const known = urlChecks.get(value);
  if (known !== undefined || urlChecks.has(value)) return known;
  const problem = urlProblem(value);
  if (value.length <= LIMITS.url) {
    if (urlChecks.size >= URL_CHECKS_KEPT) urlChecks.clear();
    urlChecks.set(value, problem);
  }
  return problem;
}

const URL_CHECKS_KEPT = 512;
const urlChecks = new Map<string, string | undefined>();

function urlProblem(value: string): string | undefined {
  if (value.length === 0) return 'must not be empty';
  if (value.length > LIMITS.url)
    return `too long: ${value.length} characters, at most ${LIMITS.url}`;
  if (/\s/.test(value) || hasControl(value))
    return 'URL must not contain whitespace or control characters';
  if (value.includes('\\')) return 'URL must not contain backslashes';
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return `unsafe URL scheme "${scheme}:" (only http, https and relative URLs)`;
  }
  try {
    const url = scheme === undefined ? new URL(value, BASE) : new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'unsafe URL scheme';
  } catch {
    return 'invalid URL';
  }
  return undefined;
}

/** True when {@link checkUrl} accepts the value. */
export function isSafeUrl(value: unknown): value is string {
  return typeof value === 'string' && checkUrl(value) === undefined;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks an ISO 8601 date-time with an explicit offset ("2019-11-12T10:00:00+01:00" or "…Z"): real
 * calendar dates only (no 30 February), hours 00–23, offsets up to ±14:00, years 1900–2999.
 */
export function checkDateTime(value: string): string | undefined {
  const match = DATE_TIME.exec(value);
  if (!match) return 'expected an ISO 8601 date-time with offset, e.g. 2019-11-12T10:00:00+01:00';
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (year < 1900 || year > 2999) return 'year out of range (1900–2999)';
  if (month < 1 || month > 12) return 'invalid month';
  if (day < 1 || day > daysInMonth(year, month)) return 'invalid day of month';
  if (hour > 23 || minute > 59 || second > 59) return 'invalid time of day';
  if (match[7] !== 'Z') {
    const offsetHours = Number(match[8]);
    const offsetMinutes = Number(match[9]);
    if (offsetHours > 14 || offsetMinutes > 59) return 'invalid UTC offset';
  }
  if (Number.isNaN(Date.parse(value))) return 'invalid date-time';
  return undefined;
}

/**
 * The time from a clock a page hands in (an element's `now` property, for tests and fixed-time pages): a
 * function returning finite epoch milliseconds. Anything else — not a function, a clock that throws, returns
 * NaN or a string — gives the real clock and a `problem` for the element to report once.
 */
export function readClock(clock: unknown): { time: number; problem?: string } {
  if (typeof clock !== 'function')
    return { time: Date.now(), problem: 'now is not a function; the real clock is used' };
  try {
    const value: unknown = (clock as () => unknown)();
    if (typeof value === 'number' && Number.isFinite(value)) return { time: value };
  } catch {
    // the real clock below
  }
  return { time: Date.now(), problem: 'now() did not return a time; the real clock is used' };
}
