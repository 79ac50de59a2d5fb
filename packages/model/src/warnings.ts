// Official warnings: the Deutscher Wetterdienst's (through Bright Sky's /alerts) and the federal warning
// system's (BBK NINA dashboard). One shape for both, parsed field by field: a bad optional field is dropped, a
// bad warning is dropped with its reason, never the whole list. Texts stay as the source wrote them (DWD's
// terms forbid altering them); only NINA's HTML line breaks become line breaks and its other tags are removed.
import { checkDateTime, checkText, checkUrl, LIMITS } from './checks.js';
import { formatTime, TIME_ZONE } from './format.js';
import { toLocale, type Locale } from './messages.js';
import type { DateTimeString, SafeUrl } from './types.js';
import { describe as describeValue, formatPath, isRecord, type ParseIssue } from './validate.js';

/** CAP severities, mildest first (DWD: Wetterwarnung, markante, Unwetter-, extreme Unwetterwarnung). */
export const WARNING_SEVERITIES = ['minor', 'moderate', 'severe', 'extreme'] as const;
export type WarningSeverity = (typeof WARNING_SEVERITIES)[number];
export type WarningSource = 'dwd' | 'nina';

export interface Warning {
  source: WarningSource;
  /** The source's own id (DWD: `alert_id`, NINA: the dashboard id). */
  id: string;
  severity: WarningSeverity;
  urgency?: string;
  certainty?: string;
  /** What happens: "STURMBÖEN", "Gefahreninformation". */
  event: string;
  headline: string;
  description?: string;
  instruction?: string;
  onset?: DateTimeString;
  effective?: DateTimeString;
  /** When the warning ends; absent when the source did not say. */
  expires?: DateTimeString;
  /** The area it applies to ("Stadt Offenbach"). */
  area?: string;
  /** `actual`; `test` warnings are parsed but never shown. */
  status: 'actual' | 'test';
  /** CAP message type: Alert, Update, Cancel. */
  messageType?: string;
  /** Where to read more (the source's page for this warning). */
  url?: SafeUrl;
  /** The language of headline, description and instruction. */
  language: Locale;
}

/** The warnings a source delivered, and why any were left out (each issue names its path). */
export interface WarningsResult {
  warnings: Warning[];
  issues: ParseIssue[];
}

/** Bright Sky's `location` of a warn cell. */
export interface WarnCell {
  warnCellId: number;
  name: string;
  district?: string;
  state?: string;
}

/** Offenbach am Main: its DWD warn cell (a municipality cell, "8" + AGS) and its district's ARS for NINA. */
export const OFFENBACH_WARN_CELL = '806413000';
export const OFFENBACH_ARS = '064130000000';

/** A DWD warn cell id: 9 digits, not starting with 0 (municipality cells start with 8). */
export function isWarnCell(value: string): boolean {
  return /^[1-9]\d{8}$/.test(value);
}

/** A district-level regional key (ARS) as NINA's dashboard takes it: 12 digits, the last 7 zero. */
export function isDistrictArs(value: string): boolean {
  return /^\d{5}0{7}$/.test(value);
}

const MAX_WARNINGS = 200;

/** The words of warnings (kept apart from modelMessages, so pages without warnings do not load them). */
export const warningMessages = {
  de: {
    today: 'heute',
    from: 'ab',
    until: 'bis',
    noEnd: 'ohne angegebenes Ende',
    dwdSeverity: {
      minor: 'Wetterwarnung',
      moderate: 'Markante Wetterwarnung',
      severe: 'Unwetterwarnung',
      extreme: 'Extreme Unwetterwarnung',
    },
    severity: {
      minor: 'Geringe Gefahr',
      moderate: 'Gefahr',
      severe: 'Hohe Gefahr',
      extreme: 'Extreme Gefahr',
    },
  },
  en: {
    today: 'today',
    from: 'from',
    until: 'until',
    noEnd: 'no end given',
    dwdSeverity: {
      minor: 'Weather warning',
      moderate: 'Warning of significant weather',
      severe: 'Severe weather warning',
      extreme: 'Extreme weather warning',
    },
    severity: {
      minor: 'Minor danger',
      moderate: 'Danger',
      severe: 'Severe danger',
      extreme: 'Extreme danger',
    },
  },
} satisfies Record<Locale, unknown>;

/** What a value is, for a message; a value that throws when looked at (a revoked proxy) is "unreadable". */
function describe(value: unknown): string {
  try {
    return describeValue(value);
  } catch {
    return 'an unreadable value';
  }
}

type Fields = Record<string, unknown>;

/** A text field: readable text within `max`, trimmed; undefined (with an issue) when it is not. */
function textField(
  record: Fields,
  key: string,
  max: number,
  path: (string | number)[],
  issues: ParseIssue[],
): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    issues.push({
      path: formatPath([...path, key]),
      message: `expected text, received ${describe(value)}`,
    });
    return undefined;
  }
  const trimmed = value.trim();
  const problem =
    trimmed.length > max
      ? `too long: ${trimmed.length} characters, at most ${max}`
      : checkText(trimmed);
  if (problem) {
    issues.push({ path: formatPath([...path, key]), message: problem });
    return undefined;
  }
  return trimmed === '' ? undefined : trimmed;
}

/** A date-time field with offset; a garbage date is dropped with an issue. */
function dateField(
  record: Fields,
  key: string,
  path: (string | number)[],
  issues: ParseIssue[],
): DateTimeString | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  const problem =
    typeof value === 'string'
      ? checkDateTime(value)
      : `expected a date-time, received ${describe(value)}`;
  if (problem) {
    issues.push({ path: formatPath([...path, key]), message: problem });
    return undefined;
  }
  return value as DateTimeString;
}

function severityOf(value: unknown): WarningSeverity | undefined {
  const lower = typeof value === 'string' ? value.toLowerCase() : undefined;
  return WARNING_SEVERITIES.find((severity) => severity === lower);
}

/** Reads `record` safely: a throwing getter or proxy makes the whole entry unreadable, not the list. */
function readable(input: unknown): Fields | undefined {
  try {
    return isRecord(input) ? { ...input } : undefined;
  } catch {
    return undefined;
  }
}

/** A list under `key`, bounded; problems reported at the root. */
function listOf(
  record: Fields | undefined,
  key: string,
  issues: ParseIssue[],
): unknown[] | undefined {
  const list = record?.[key];
  if (!Array.isArray(list)) {
    issues.push({ path: key, message: `expected a list of warnings, received ${describe(list)}` });
    return undefined;
  }
  if (list.length > MAX_WARNINGS) {
    issues.push({
      path: key,
      message: `too many warnings: ${list.length}, the first ${MAX_WARNINGS} are read`,
    });
    return list.slice(0, MAX_WARNINGS);
  }
  return list;
}

/** Adds a warning unless the source already gave one with its id (a source that repeats itself). */
function add(
  warnings: Warning[],
  warning: Warning,
  path: (string | number)[],
  issues: ParseIssue[],
): void {
  if (warnings.some((known) => known.id === warning.id))
    issues.push({ path: formatPath(path), message: `duplicate id "${warning.id}"` });
  else warnings.push(warning);
}

/**
 * Bright Sky's `/alerts` answer (`{ alerts: Alert[], location }`) as warnings in `locale` (German texts, or the
 * English ones where the DWD gave them; a warning without English text keeps its German and says so in
 * `language`).
 */
export function parseBrightSkyAlerts(
  input: unknown,
  { locale }: { locale?: Locale | string } = {},
): WarningsResult & { location?: WarnCell } {
  const issues: ParseIssue[] = [];
  const lang = toLocale(locale);
  const body = readable(input);
  const list = listOf(body, 'alerts', issues);
  const warnings: Warning[] = [];
  for (const [index, entry] of (list ?? []).entries()) {
    const path = ['alerts', index];
    const alert = readable(entry);
    if (!alert) {
      issues.push({
        path: formatPath(path),
        message: `expected object, received ${describe(entry)}`,
      });
      continue;
    }
    // The page's language first, the other where the DWD gave only that: a warning is never left out for its
    // language, and one warning never mixes languages (its `language` says which it is in).
    const other: Locale = lang === 'en' ? 'de' : 'en';
    const pick = (key: string, max: number) =>
      textField(alert, `${key}_${lang}`, max, path, issues) ??
      textField(alert, `${key}_${other}`, max, path, issues);
    const preferred = textField(alert, `headline_${lang}`, LIMITS.headline, path, issues);
    const headline =
      preferred ?? textField(alert, `headline_${other}`, LIMITS.headline, path, issues);
    const language: Locale = preferred ? lang : other;
    const id = textField(alert, 'alert_id', LIMITS.name, path, issues) ?? idOf(alert.id);
    const severity = severityOf(alert.severity);
    const status =
      alert.status === 'test' ? 'test' : alert.status === 'actual' ? 'actual' : undefined;
    const event = pick('event', LIMITS.name);
    const missing = [
      !id && 'alert_id',
      !headline && 'headline_de or headline_en',
      !severity && `severity (received ${describe(alert.severity)})`,
      !status && `status (received ${describe(alert.status)})`,
      !event && 'event_de or event_en',
    ].filter(Boolean);
    if (!id || !headline || !severity || !status || !event) {
      issues.push({
        path: formatPath(path),
        message: `warning left out: no valid ${missing.join(', ')}`,
      });
      continue;
    }
    const warning: Warning = {
      source: 'dwd',
      id,
      severity,
      event,
      headline,
      status,
      language,
    };
    // Description and instruction in the headline's language: one warning never mixes languages.
    const description = textField(
      alert,
      `description_${warning.language}`,
      LIMITS.paragraph,
      path,
      issues,
    );
    const instruction = textField(
      alert,
      `instruction_${warning.language}`,
      LIMITS.paragraph,
      path,
      issues,
    );
    const optional = {
      urgency: textField(alert, 'urgency', LIMITS.name, path, issues),
      certainty: textField(alert, 'certainty', LIMITS.name, path, issues),
      description,
      instruction,
      onset: dateField(alert, 'onset', path, issues),
      effective: dateField(alert, 'effective', path, issues),
      expires: dateField(alert, 'expires', path, issues),
    };
    for (const [key, value] of Object.entries(optional))
      if (value !== undefined) (warning as unknown as Fields)[key] = value;
    add(warnings, warning, path, issues);
  }
  const location = warnCell(body?.location, issues);
  const result: WarningsResult & { location?: WarnCell } = {
    warnings,
    issues,
  };
  if (location) {
    result.location = location;
    for (const warning of result.warnings) warning.area ??= location.name;
  }
  return result;
}

function idOf(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : undefined;
}

function warnCell(input: unknown, issues: ParseIssue[]): WarnCell | undefined {
  if (input === null || input === undefined) return undefined;
  const record = readable(input);
  const id = record?.warn_cell_id;
  const name = record ? textField(record, 'name', LIMITS.name, ['location'], issues) : undefined;
  if (!record || typeof id !== 'number' || !Number.isInteger(id) || !name) {
    issues.push({ path: 'location', message: 'location left out: no warn cell id or name' });
    return undefined;
  }
  const cell: WarnCell = { warnCellId: id, name };
  const district = textField(record, 'district', LIMITS.name, ['location'], issues);
  const state = textField(record, 'state', LIMITS.name, ['location'], issues);
  if (district) cell.district = district;
  if (state) cell.state = state;
  return cell;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * NINA's texts carry HTML (`<br/>`, sometimes `<p>` or links): line breaks stay line breaks, other tags go,
 * the common entities become characters. The result is text, rendered as text.
 */
export function ninaText(value: string): string {
  return value
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isInteger(code) && code > 0x1f && code < 0x110000
          ? String.fromCodePoint(code)
          : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/**
 * The BBK's NINA dashboard for a district (`/dashboard/{ARS}.json`: items `{ id, payload: { data: { headline,
 * provider, severity, msgType, transKeys: { event } } }, i18nTitle, sent }`) as warnings. The dashboard has no
 * description, instruction or end time: those come from `/warnings/{id}.json` ({@link withNinaDetails}).
 */
export function parseNinaDashboard(input: unknown): WarningsResult {
  const issues: ParseIssue[] = [];
  const list = Array.isArray(input) ? input : undefined;
  if (!list)
    issues.push({
      path: '(root)',
      message: `expected a list of warnings, received ${describe(input)}`,
    });
  const warnings: Warning[] = [];
  for (const [index, entry] of (list ?? []).slice(0, MAX_WARNINGS).entries()) {
    const path = [index];
    const item = readable(entry);
    const data = readable(readable(item?.payload)?.data);
    if (!item || !data) {
      issues.push({ path: formatPath(path), message: 'warning left out: no payload data' });
      continue;
    }
    const id = textField(item, 'id', LIMITS.name, path, issues);
    const rawHeadline = textField(
      data,
      'headline',
      LIMITS.headline,
      [...path, 'payload', 'data'],
      issues,
    );
    const headline = rawHeadline && ninaText(rawHeadline);
    const severity = severityOf(data.severity);
    const transKeys = readable(data.transKeys);
    // transKeys.event is mostly a code ("BBK-EVC-040"), not a word: then the headline stands in until the
    // detail's info.event ("Gefahreninformation") replaces it.
    const eventKey =
      transKeys &&
      textField(transKeys, 'event', LIMITS.name, [...path, 'payload', 'data', 'transKeys'], issues);
    const event = eventKey && !/^BBK-EVC-\d+$/.test(eventKey) ? eventKey : headline;
    if (!id || !headline || !severity || !event) {
      const missing = [
        !id && 'id',
        !headline && 'headline',
        !severity && `severity (received ${describe(data.severity)})`,
      ]
        .filter(Boolean)
        .join(', ');
      issues.push({ path: formatPath(path), message: `warning left out: no valid ${missing}` });
      continue;
    }
    const warning: Warning = {
      source: 'nina',
      id,
      severity,
      event,
      headline,
      status: 'actual',
      language: 'de',
    };
    const messageType = textField(
      data,
      'msgType',
      LIMITS.name,
      [...path, 'payload', 'data'],
      issues,
    );
    if (messageType) warning.messageType = messageType;
    const sent = dateField(item, 'sent', path, issues);
    if (sent) warning.effective = sent;
    const area = readable(data.area);
    const areaName = area
      ? textField(area, 'data', LIMITS.name, [...path, 'payload', 'data', 'area'], issues)
      : undefined;
    if (areaName) warning.area = areaName;
    if (data.status === 'Test' || data.status === 'test' || data.status === 'Exercise')
      warning.status = 'test';
    add(warnings, warning, path, issues);
  }
  return { warnings, issues };
}

/**
 * Adds what a NINA detail (`/warnings/{id}.json`, CAP: `info[]` with `headline`, `description`,
 * `instruction`, `web`, `expires`, `onset`, `area[]`) says to its dashboard warning. A detail that does not
 * parse leaves the warning as it was (with an issue).
 */
export function withNinaDetails(
  warning: Warning,
  detail: unknown,
): { warning: Warning; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  const record = readable(detail);
  const infos = Array.isArray(record?.info) ? (record.info as unknown[]) : [];
  const info = readable(
    infos.find((candidate) => readable(candidate)?.language?.toString().startsWith('de')) ??
      infos[0],
  );
  if (!info) {
    issues.push({ path: 'info', message: 'no info block: the dashboard entry is shown as it is' });
    return { warning, issues };
  }
  const path = ['info', 0];
  const result: Warning = { ...warning };
  const description = textField(info, 'description', LIMITS.paragraph, path, issues);
  const instruction = textField(info, 'instruction', LIMITS.paragraph, path, issues);
  if (description) result.description = ninaText(description);
  if (instruction) result.instruction = ninaText(instruction);
  const event = textField(info, 'event', LIMITS.name, path, issues);
  if (event) result.event = ninaText(event);
  const web = textField(info, 'web', LIMITS.url, path, issues);
  if (web && checkUrl(web) === undefined && /^https?:/i.test(web)) result.url = web as SafeUrl;
  for (const key of ['onset', 'effective', 'expires'] as const) {
    const value = dateField(info, key, path, issues);
    if (value) result[key] = value;
  }
  const urgency = textField(info, 'urgency', LIMITS.name, path, issues);
  const certainty = textField(info, 'certainty', LIMITS.name, path, issues);
  if (urgency) result.urgency = urgency;
  if (certainty) result.certainty = certainty;
  const areas = Array.isArray(info.area) ? (info.area as unknown[]) : [];
  const names = areas
    .map((area, index) => {
      const areaRecord = readable(area);
      return areaRecord
        ? textField(areaRecord, 'areaDesc', LIMITS.name, [...path, 'area', index], issues)
        : undefined;
    })
    .filter((name): name is string => Boolean(name));
  if (names.length > 0) result.area = names.join(', ');
  return { warning: result, issues };
}

/**
 * What a page shows: the current warnings, when the sources were asked, which were asked and which of them
 * could not be (a failed source is never "no warnings"). `@stadtkit/proxy` builds one for server rendering;
 * `<stadt-warnings>` takes it as `initialWarnings`.
 */
export interface WarningsSnapshot {
  warnings: Warning[];
  /** When the sources were asked (ISO 8601). */
  checkedAt: DateTimeString;
  /** The sources asked. */
  sources: WarningSource[];
  /** The sources among them that did not answer usefully. */
  failed: WarningSource[];
}

const SOURCES: readonly WarningSource[] = ['dwd', 'nina'];

/**
 * Checks a `Warning` from outside (a snapshot rendered into the page, a city's own script) field by field, as
 * the parsers do: undefined (with issues) when it cannot be shown, bad optional fields dropped.
 */
export function parseWarning(
  input: unknown,
  path: (string | number)[] = [],
  issues: ParseIssue[] = [],
): Warning | undefined {
  const record = readable(input);
  if (!record) {
    issues.push({
      path: formatPath(path),
      message: `expected object, received ${describe(input)}`,
    });
    return undefined;
  }
  const source = SOURCES.find((candidate) => candidate === record.source);
  const severity = severityOf(record.severity);
  const id = textField(record, 'id', LIMITS.name, path, issues);
  const event = textField(record, 'event', LIMITS.name, path, issues);
  const headline = textField(record, 'headline', LIMITS.headline, path, issues);
  const status =
    record.status === 'test' ? 'test' : record.status === 'actual' ? 'actual' : undefined;
  const language = record.language === 'en' ? 'en' : record.language === 'de' ? 'de' : undefined;
  if (!source || !severity || !id || !event || !headline || !status || !language) {
    issues.push({
      path: formatPath(path),
      message: `warning left out: no valid ${[
        !source && 'source',
        !severity && 'severity',
        !id && 'id',
        !event && 'event',
        !headline && 'headline',
        !status && 'status',
        !language && 'language',
      ]
        .filter(Boolean)
        .join(', ')}`,
    });
    return undefined;
  }
  const warning: Warning = { source, id, severity, event, headline, status, language };
  for (const key of ['urgency', 'certainty', 'area', 'messageType'] as const) {
    const value = textField(record, key, LIMITS.name, path, issues);
    if (value) warning[key] = value;
  }
  for (const key of ['description', 'instruction'] as const) {
    const value = textField(record, key, LIMITS.paragraph, path, issues);
    if (value) warning[key] = value;
  }
  for (const key of ['onset', 'effective', 'expires'] as const) {
    const value = dateField(record, key, path, issues);
    if (value) warning[key] = value;
  }
  const url = textField(record, 'url', LIMITS.url, path, issues);
  if (url && checkUrl(url) === undefined && /^https?:/i.test(url)) warning.url = url as SafeUrl;
  return warning;
}

/** Checks a {@link WarningsSnapshot}: ok with the warnings that can be shown, or the reason it cannot be used. */
export function parseWarningsSnapshot(
  input: unknown,
):
  | { ok: true; value: WarningsSnapshot; issues: ParseIssue[] }
  | { ok: false; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  const record = readable(input);
  const checkedAt = record ? dateField(record, 'checkedAt', [], issues) : undefined;
  const sourcesOf = (key: string) =>
    Array.isArray(record?.[key])
      ? SOURCES.filter((source) => (record[key] as unknown[]).includes(source))
      : undefined;
  const sources = sourcesOf('sources');
  const failed = sourcesOf('failed');
  const list = record ? listOf(record, 'warnings', issues) : undefined;
  if (!record || !checkedAt || !sources || !failed || !list) {
    if (!checkedAt) issues.push({ path: 'checkedAt', message: 'expected the time checked' });
    if (!sources || !failed)
      issues.push({ path: 'sources', message: 'expected the lists "sources" and "failed"' });
    return { ok: false, issues };
  }
  const warnings: Warning[] = [];
  for (const [index, entry] of list.entries()) {
    const warning = parseWarning(entry, ['warnings', index], issues);
    if (warning) add(warnings, warning, ['warnings', index], issues);
  }
  return {
    ok: true,
    value: { warnings, checkedAt, sources, failed: failed.filter((s) => sources.includes(s)) },
    issues,
  };
}

/** Most severe first; within a severity, the earliest onset (or effective time) first. */
export function sortWarnings(warnings: readonly Warning[]): Warning[] {
  const start = (warning: Warning) => Date.parse(warning.onset ?? warning.effective ?? '') || 0;
  return [...warnings].sort(
    (a, b) =>
      WARNING_SEVERITIES.indexOf(b.severity) - WARNING_SEVERITIES.indexOf(a.severity) ||
      start(a) - start(b),
  );
}

/** What a page shows at `now`: no test warnings, no cancellations, nothing expired; sorted. */
export function currentWarnings(warnings: readonly Warning[], now: number): Warning[] {
  return sortWarnings(
    warnings.filter(
      (warning) =>
        warning.status === 'actual' &&
        warning.messageType?.toLowerCase() !== 'cancel' &&
        !(warning.expires && Date.parse(warning.expires) <= now),
    ),
  );
}

const dayNames = {
  de: new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: TIME_ZONE }),
};
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/** "Mittwoch, 18:00 Uhr" / "Wednesday, 18:00"; "heute, 18:00 Uhr" on the day of `now`. */
function when(value: string, locale: Locale, now: number): string | undefined {
  const time = formatTime(value, { locale });
  if (!time) return undefined;
  const date = new Date(value);
  const today = dayKey.format(new Date(now)) === dayKey.format(date);
  const day = today ? warningMessages[locale].today : dayNames[locale].format(date);
  return `${day}, ${time}`;
}

/**
 * The period of a warning in Berlin time: "bis Mittwoch, 18:00 Uhr", "ab Dienstag, 14:00 Uhr bis Mittwoch,
 * 18:00 Uhr" (when it has not begun at `now`), "ohne angegebenes Ende".
 */
export function formatWarningPeriod(
  warning: Pick<Warning, 'onset' | 'effective' | 'expires'>,
  { locale, now = Date.now() }: { locale?: Locale | string; now?: number } = {},
): string {
  const lang = toLocale(locale);
  const t = warningMessages[lang];
  const start = warning.onset ?? warning.effective;
  const from = start && Date.parse(start) > now ? when(start, lang, now) : undefined;
  const to = warning.expires ? when(warning.expires, lang, now) : undefined;
  const until = to ? `${t.until} ${to}` : t.noEnd;
  return from ? `${t.from} ${from} ${until}` : until;
}

/** The severity as the DWD names its levels, or generically for other sources. */
export function formatSeverity(
  warning: Pick<Warning, 'severity' | 'source'>,
  { locale }: { locale?: Locale | string } = {},
): string {
  const t = warningMessages[toLocale(locale)];
  return (warning.source === 'dwd' ? t.dwdSeverity : t.severity)[warning.severity];
}

/**
 * The event as a word people read: the DWD writes it in capitals ("STURMBÖEN", "GEWITTER mit STURMBÖEN"); each
 * word in capitals gets a capital initial only ("Sturmböen", "Gewitter mit Sturmböen"). Other text is kept.
 */
export function formatWarningEvent(warning: Pick<Warning, 'event'>): string {
  return warning.event.replace(/\p{Lu}{2,}/gu, (word) => word[0] + word.slice(1).toLowerCase());
}
