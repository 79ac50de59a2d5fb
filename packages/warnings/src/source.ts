import {
  checkUrl,
  isDistrictArs,
  isWarnCell,
  OFFENBACH_WARN_CELL,
  formatIssues,
  parseBrightSkyAlerts,
  parseNinaDashboard,
  withNinaDetails,
  type Warning,
  type WarningSource,
  type WarningsSnapshot,
} from '@stadtkit/model';

export const BRIGHT_SKY_BASE_URL = 'https://api.brightsky.dev';
/** Where people read every warning when the element cannot show them (no JavaScript, no data). */
export const DWD_WARNINGS_URL =
  'https://www.dwd.de/DE/wetter/warnungen_gemeinden/warnWetter_node.html';
export const NINA_WARNINGS_URL = 'https://warnung.bund.de/meldungen';

/** Answers are a few KB; a misconfigured proxy or an attack is cut off here. */
const MAX_BODY = 1_000_000;
const TIMEOUT_MS = 10_000;
/** Details fetched per dashboard: enough for a page, bounded for the proxy. */
const MAX_DETAILS = 10;

export interface SourceConfig {
  baseUrl?: string | undefined;
  warnCell?: string | undefined;
  region?: string | undefined;
}

export function planOf({ baseUrl, warnCell, region }: SourceConfig): {
  urls: Partial<Record<WarningSource, string>>;
  sources: WarningSource[];
  problems: string[];
} {
  const problems: string[] = [];
  const urls: Partial<Record<WarningSource, string>> = {};
  const sources: WarningSource[] = ['dwd'];
  let base: string | undefined;
  if (baseUrl !== undefined) {
    const problem = checkUrl(baseUrl);
    if (problem) problems.push(`base-url "${baseUrl}" is not used: ${problem}`);
    else base = baseUrl.replace(/\/+$/, '');
  }
  const cell = warnCell ?? OFFENBACH_WARN_CELL;
  if (!isWarnCell(cell)) problems.push(`warn-cell "${cell}" is not a DWD warn cell id (9 digits)`);
  else
    urls.dwd = base
      ? `${base}/brightsky/alerts?warn_cell_id=${cell}`
      : `${BRIGHT_SKY_BASE_URL}/alerts?warn_cell_id=${cell}`;
  if (region !== undefined) {
    sources.push('nina');
    if (!isDistrictArs(region))
      problems.push(`region "${region}" is not a district ARS (12 digits, the last 7 are 0)`);
    else if (!base)
      problems.push(
        'region needs base-url: NINA answers only through your server (@stadtkit/proxy)',
      );
    else urls.nina = `${base}/nina/dashboard/${region}.json`;
  }
  return { urls, sources, problems };
}

/** Requests in flight per URL: the header's and the page's element share one. */
const inflight = new Map<string, Promise<unknown>>();

/**
 * One JSON request: time-limited, size-limited, type-checked; shared while in flight (so it is not aborted by
 * one element that stops waiting: a newer run of that element simply ignores it).
 */
export function getJson(url: string): Promise<unknown> {
  const pending = inflight.get(url);
  if (pending) return pending;
  const request = (async () => {
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: 'omit',
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(response.headers.get('content-type') ?? ''))
      throw new Error('not JSON');
    const text = await response.text();
    if (text.length > MAX_BODY) throw new Error(`body over ${MAX_BODY} bytes`);
    return JSON.parse(text) as unknown;
  })().finally(() => inflight.delete(url));
  inflight.set(url, request);
  return request;
}

/** The DWD's warnings, or undefined (with the reason) when the answer has no list. */
async function loadDwd(url: string, lang: string | undefined) {
  const body = await getJson(url);
  const result = parseBrightSkyAlerts(body, { locale: lang });
  if (!body || typeof body !== 'object' || !Array.isArray((body as { alerts?: unknown }).alerts))
    throw new Error('answer without an alert list');
  return { warnings: result.warnings, place: result.location?.name, issues: result.issues };
}

/** NINA's warnings with their details (the first few; a detail that fails leaves the dashboard's text). */
async function loadNina(url: string): Promise<Warning[]> {
  const body = await getJson(url);
  if (!Array.isArray(body)) throw new Error('dashboard is not a list');
  const { warnings } = parseNinaDashboard(body);
  const detailBase = url.replace(/\/dashboard\/\d{12}\.json$/, '/warnings/');
  return Promise.all(
    warnings.map(async (warning, index) => {
      if (index >= MAX_DETAILS) return warning;
      try {
        const detail = await getJson(`${detailBase}${encodeURIComponent(warning.id)}.json`);
        return withNinaDetails(warning, detail).warning;
      } catch {
        return warning;
      }
    }),
  );
}

/**
 * Asks every planned source at once. A source that fails (network, status, type, size, shape) is listed in
 * `failed`, never counted as "no warnings"; the others' warnings stand.
 */
export async function loadSnapshot(
  plan: ReturnType<typeof planOf>,
  { lang, now }: { lang: string | undefined; now: () => number },
): Promise<{ snapshot: WarningsSnapshot; place?: string; reasons: string[] }> {
  const reasons: string[] = [];
  const failed: WarningSource[] = [];
  const warnings: Warning[] = [];
  let place: string | undefined;
  await Promise.all(
    plan.sources.map(async (source) => {
      const url = plan.urls[source];
      try {
        if (!url) throw new Error('not configured');
        if (source === 'dwd') {
          const dwd = await loadDwd(url, lang);
          warnings.push(...dwd.warnings);
          place = dwd.place;
          if (dwd.issues.length > 0)
            reasons.push(`dwd, left out: ${formatIssues(dwd.issues, '; ')}`);
        } else {
          warnings.push(...(await loadNina(url)));
        }
      } catch (error) {
        failed.push(source);
        reasons.push(`${source} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  return {
    snapshot: {
      warnings,
      checkedAt: new Date(now()).toISOString(),
      sources: plan.sources,
      failed: plan.sources.filter((source) => failed.includes(source)),
    },
    ...(place ? { place } : {}),
    reasons,
  };
}
