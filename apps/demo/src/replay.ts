import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { replayWarnings, type WarningsScenario } from '@stadtkit/warnings/recordings/replay.mjs';

const RECORDING = createRequire(import.meta.url).resolve(
  '@stadtkit/weather-status/recordings/offenbach-current-weather.json',
);

/**
 * A stand-in for api.brightsky.dev on 127.0.0.1 for working offline: `/current_weather` answers with the
 * recorded response for Offenbach, its timestamp moved to the last full hour; `/alerts`, `/dashboard/…` and
 * `/warnings/…` answer with the warnings recordings (`STADTKIT_WARNINGS_DWD`, `STADTKIT_WARNINGS_NINA` choose
 * which; default one frost warning and no NINA warnings). The demo points `@stadtkit/proxy` at it for both
 * Bright Sky and NINA, exactly as a deployment points it at the real APIs.
 */
export async function startReplay(): Promise<{ server: Server; url: string }> {
  const recording = JSON.parse(await readFile(RECORDING, 'utf8')) as {
    weather: Record<string, unknown>;
  };
  // Warnings: Bright Sky's /alerts and NINA's dashboard and details from the recordings, dates moved to now.
  const scenario = {
    dwd: (process.env.STADTKIT_WARNINGS_DWD ?? 'dwd-minor') as WarningsScenario,
    nina: (process.env.STADTKIT_WARNINGS_NINA ?? 'nina-dashboard-none') as WarningsScenario,
  };
  const server = createServer((req, res) => {
    if (/^\/(alerts\?|dashboard\/|warnings\/)/.test(req.url ?? '')) {
      const answer = replayWarnings(req.url ?? '/', scenario);
      if (answer) res.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    if (!req.url?.startsWith('/current_weather?')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"not found"}');
      return;
    }
    const hour = new Date();
    hour.setUTCMinutes(0, 0, 0);
    const body = {
      ...recording,
      weather: { ...recording.weather, timestamp: hour.toISOString().replace(/\.000Z$/, '+00:00') },
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
