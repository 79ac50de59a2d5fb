import type { WeatherObservation } from '@stadtkit/model';
import { observationFromBrightSky } from '@stadtkit/weather-status/bright-sky.js';

/** Why the upstream gave nothing usable; `message` is for logs, never shown to visitors. */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
}

/** What one good upstream answer becomes: the checked observation and the body the proxy serves for it. */
export interface Reading {
  observation: WeatherObservation;
  /** A Bright Sky `/current_weather` body with only the fields Stadtkit reads. */
  body: string;
}

/**
 * Reads at most `limit` bytes of a body: a misconfigured upstream streaming megabytes is cut off early,
 * not buffered whole first.
 */
async function readCapped(response: Response, limit: number): Promise<string> {
  if (Number(response.headers.get('content-length')) > limit)
    throw new UpstreamError(`body over ${limit} bytes (content-length)`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new UpstreamError(`body over ${limit} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * The observation as a Bright Sky body again: the element's own mapping reads it back to the same observation,
 * and nothing the upstream sent beyond that (unknown fields, padding, markup in other fields) passes through.
 */
export function brightSkyBody(observation: WeatherObservation): string {
  const station = observation.station;
  return JSON.stringify({
    weather: {
      source_id: station ? 1 : null,
      timestamp: observation.observedAt ?? null,
      temperature: observation.temperature ?? null,
      condition: observation.condition ?? null,
      icon: observation.icon ?? null,
    },
    sources: station
      ? [
          {
            id: 1,
            dwd_station_id: station.id ?? null,
            station_name: station.name,
            distance: station.distance ?? null,
          },
        ]
      : [],
  });
}

/** One upstream request for JSON: time-limited, size-limited, type-checked, parsed (never trusted further). */
export async function fetchJson(
  url: string,
  { timeout, maxBody, fetch: doFetch }: { timeout: number; maxBody: number; fetch: typeof fetch },
): Promise<unknown> {
  let response: Response;
  try {
    response = await doFetch(url, {
      signal: AbortSignal.timeout(timeout),
      headers: { accept: 'application/json', 'user-agent': 'stadtkit-proxy' },
      redirect: 'error',
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new UpstreamError(timedOut ? `timeout after ${timeout} ms` : 'network error', {
      cause: error,
    });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UpstreamError(`HTTP ${response.status}`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    await response.body?.cancel();
    throw new UpstreamError(`unexpected content type "${type}"`);
  }
  let text: string;
  try {
    text = await readCapped(response, maxBody);
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new UpstreamError(timedOut ? `timeout after ${timeout} ms` : 'body could not be read', {
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UpstreamError('malformed JSON', { cause: error });
  }
}

/** One upstream `/current_weather` request, validated by the element's own mapping. */
export async function fetchReading(
  url: string,
  limits: { timeout: number; maxBody: number; fetch: typeof fetch },
): Promise<Reading> {
  const json = await fetchJson(url, limits);
  let observation: WeatherObservation;
  try {
    observation = observationFromBrightSky(json);
  } catch (error) {
    throw new UpstreamError(error instanceof Error ? error.message : 'invalid body', {
      cause: error,
    });
  }
  return { observation, body: brightSkyBody(observation) };
}
