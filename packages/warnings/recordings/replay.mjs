// Offline stand-ins for Bright Sky's /alerts and the BBK's NINA API, from the recordings in this folder: every
// date in a recording is moved by the time since it was recorded, so a warning recorded as "until tomorrow
// 04:00" stays "until tomorrow 04:00" whenever it is replayed. For tests, demos and trying a setup offline.
import { readFileSync } from 'node:fs';

/** When the recordings were written (14:00 in Offenbach on the press release's day). */
export const RECORDED_AT = Date.parse('2019-11-12T13:00:00Z');

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The recording `name` (file name without .json), parsed. */
export function recording(name) {
  return JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8'));
}

/** `value` with every valid ISO date moved by `offsetMs`; invalid dates (a recorded fault) stay as they are. */
export function shiftDates(value, offsetMs) {
  if (typeof value === 'string' && ISO.test(value)) {
    const time = Date.parse(value);
    return Number.isNaN(time)
      ? value
      : new Date(time + offsetMs).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  }
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, offsetMs));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, shiftDates(item, offsetMs)]),
    );
  return value;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/**
 * What the upstream answers, given its scenario. `dwd` and `nina` name a recording (`dwd-several`,
 * `nina-dashboard-active`) or a fault: `500`, `html`, `malformed`, `huge` (a 5 MB body), `hang` (no answer).
 * Paths: `/alerts?…` (Bright Sky), `/dashboard/{ARS}.json` and `/warnings/{id}.json` (NINA).
 * @returns {{ status: number, headers: Record<string, string>, body: string } | undefined} undefined: hang.
 */
export function replayWarnings(
  url,
  { dwd = 'dwd-several', nina = 'nina-dashboard-active', now = Date.now() } = {},
) {
  const path = url.split('?')[0];
  const scenario = path === '/alerts' ? dwd : nina;
  const offset = now - RECORDED_AT;
  switch (scenario) {
    case 'hang':
      return undefined;
    case '500':
      return {
        status: 500,
        headers: { 'content-type': 'text/plain' },
        body: 'Internal Server Error',
      };
    case 'html':
      return {
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: '<html><body>Wartungsarbeiten</body></html>',
      };
    case 'malformed':
      return { status: 200, headers: JSON_TYPE, body: '{"alerts": [{"headline_de": "Amtliche' };
    case 'huge':
      return {
        status: 200,
        headers: JSON_TYPE,
        body: `{"alerts":[],"padding":"${'x'.repeat(5_000_000)}"}`,
      };
  }
  let body;
  if (path === '/alerts') body = recording(scenario);
  else if (/^\/dashboard\/\d{12}\.json$/.test(path)) body = recording(scenario);
  else {
    const id = /^\/warnings\/([\w.-]{1,120})\.json$/.exec(path)?.[1];
    try {
      body = id ? recording(`nina-warning-${id}`) : undefined;
    } catch {
      body = undefined;
    }
  }
  if (body === undefined)
    return { status: 404, headers: JSON_TYPE, body: '{"detail":"Not Found"}' };
  return { status: 200, headers: JSON_TYPE, body: JSON.stringify(shiftDates(body, offset)) };
}
