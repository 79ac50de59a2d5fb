export { OFFENBACH_ARS, OFFENBACH_WARN_CELL } from '@stadtkit/model';
import {
  currentWarnings,
  parseBrightSkyAlerts,
  parseNinaDashboard,
  type Warning,
  type WarningSource,
  type WarningsSnapshot,
} from '@stadtkit/model';
import { fetchJson, UpstreamError } from './upstream.js';

export const DEFAULT_NINA_UPSTREAM = 'https://warnung.bund.de/api31';

/** What a warnings answer becomes: the parsed warnings and the reduced body the proxy serves for them. */
export interface WarningsReading {
  warnings: Warning[];
  body: string;
}

type Limits = { timeout: number; maxBody: number; fetch: typeof fetch };
type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only these fields, and only text, numbers, booleans or null in them: nothing else passes through. */
function pick(record: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const key of keys) {
    const value = record[key];
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) out[key] = value;
  }
  return out;
}

const ALERT_FIELDS = [
  'id',
  'alert_id',
  'status',
  'effective',
  'onset',
  'expires',
  'category',
  'response_type',
  'urgency',
  'severity',
  'certainty',
  'event_code',
  'event_de',
  'event_en',
  'headline_de',
  'headline_en',
  'description_de',
  'description_en',
  'instruction_de',
  'instruction_en',
] as const;
const LOCATION_FIELDS = [
  'warn_cell_id',
  'name',
  'name_short',
  'district',
  'state',
  'state_short',
] as const;

/**
 * A Bright Sky `/alerts` answer checked by the model's parser and reduced to the fields Stadtkit reads: the
 * alerts the parser refuses are left out, a body without an alert list is an upstream failure (never "no
 * warnings"). The DWD's texts pass unchanged (its terms).
 */
export function reduceAlerts(json: unknown): WarningsReading {
  const parsed = parseBrightSkyAlerts(json);
  if (!isRecord(json) || !Array.isArray(json.alerts))
    throw new UpstreamError('answer has no "alerts" list');
  const kept = new Set(parsed.warnings.map((warning) => warning.id));
  const seen = new Set<string>();
  const alerts = json.alerts.filter(isRecord).filter((alert) => {
    const id = typeof alert.alert_id === 'string' ? alert.alert_id.trim() : String(alert.id);
    if (!kept.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const location = isRecord(json.location) ? pick(json.location, LOCATION_FIELDS) : null;
  return {
    warnings: parsed.warnings,
    body: JSON.stringify({ alerts: alerts.map((alert) => pick(alert, ALERT_FIELDS)), location }),
  };
}

/** A NINA dashboard checked and reduced to what Stadtkit reads (id, headline, severity, type, event, area, sent). */
export function reduceDashboard(json: unknown): WarningsReading {
  if (!Array.isArray(json)) throw new UpstreamError('dashboard is not a list');
  const parsed = parseNinaDashboard(json);
  const kept = new Set(parsed.warnings.map((warning) => warning.id));
  const seen = new Set<string>();
  const items = json.filter(isRecord).flatMap((item) => {
    const id = typeof item.id === 'string' ? item.id.trim() : '';
    if (!kept.has(id) || seen.has(id)) return [];
    seen.add(id);
    const payload = isRecord(item.payload) ? item.payload : {};
    const data = isRecord(payload.data) ? payload.data : {};
    const transKeys = isRecord(data.transKeys) ? pick(data.transKeys, ['event']) : {};
    const area = isRecord(data.area) ? pick(data.area, ['type', 'data']) : {};
    return [
      {
        id,
        payload: {
          data: {
            ...pick(data, ['headline', 'provider', 'severity', 'msgType', 'status']),
            transKeys,
            area,
          },
        },
        ...pick(item, ['sent']),
      },
    ];
  });
  return { warnings: parsed.warnings, body: JSON.stringify(items) };
}

const INFO_FIELDS = [
  'language',
  'event',
  'headline',
  'description',
  'instruction',
  'web',
  'onset',
  'effective',
  'expires',
  'urgency',
  'severity',
  'certainty',
] as const;

/** A NINA warning's detail (CAP) reduced to its `info` blocks' readable fields and area names. */
export function reduceDetail(json: unknown): WarningsReading {
  if (!isRecord(json) || !Array.isArray(json.info) || !json.info.some(isRecord))
    throw new UpstreamError('detail has no "info" block');
  const info = json.info
    .filter(isRecord)
    .slice(0, 4)
    .map((block) => ({
      ...pick(block, INFO_FIELDS),
      area: (Array.isArray(block.area) ? block.area : [])
        .filter(isRecord)
        .slice(0, 50)
        .map((area) => pick(area, ['areaDesc'])),
    }));
  return { warnings: [], body: JSON.stringify({ ...pick(json, ['identifier', 'sent']), info }) };
}

export function loadAlerts(url: string, limits: Limits): Promise<WarningsReading> {
  return fetchJson(url, limits).then(reduceAlerts);
}
export function loadDashboard(url: string, limits: Limits): Promise<WarningsReading> {
  return fetchJson(url, limits).then(reduceDashboard);
}
export function loadDetail(url: string, limits: Limits): Promise<WarningsReading> {
  return fetchJson(url, limits).then(reduceDetail);
}

/** The warnings a page shows: the current ones of the sources asked, and which of them could not be asked. */
export function snapshotOf(
  results: Partial<Record<WarningSource, { warnings: Warning[]; fetchedAt: number } | undefined>>,
  sources: WarningSource[],
  now: number,
): WarningsSnapshot {
  // "Stand": when the oldest answer used was fetched (not when this snapshot was put together).
  const times = sources.flatMap((source) => results[source]?.fetchedAt ?? []);
  return {
    warnings: currentWarnings(
      sources.flatMap((source) => results[source]?.warnings ?? []),
      now,
    ),
    checkedAt: new Date(times.length > 0 ? Math.min(...times) : now).toISOString(),
    sources,
    failed: sources.filter((source) => results[source] === undefined),
  };
}
