// The warnings routes against a replay of recorded Bright Sky and NINA answers on 127.0.0.1: the same cache,
// stale and allowlist rules as the weather, and a source that fails is never "no warnings".
import { replayWarnings, type WarningsScenario } from '@stadtkit/warnings/recordings/replay.mjs';
import { parseBrightSkyAlerts, parseNinaDashboard } from '@stadtkit/model';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProxy, type ProxyOptions, type StadtkitProxy } from '../src/index.js';
import { toNodeListener } from '../src/node.js';

const FIRE = 'mow.DE-HE-OF-SE043-20191112-43-000';
let upstream: { url: string; dwd: WarningsScenario; nina: WarningsScenario; requests: string[] };
let upstreamServer: Server;
const hanging = new Set<ServerResponse>();
let server: Server | undefined;
let base: string;
let clock: number;
let logs: string[];

beforeAll(async () => {
  upstream = { url: '', dwd: 'dwd-several', nina: 'nina-dashboard-active', requests: [] };
  upstreamServer = createServer((req, res) => {
    upstream.requests.push(req.url ?? '');
    const answer = replayWarnings(req.url ?? '/', upstream);
    if (!answer) {
      hanging.add(res);
      return;
    }
    res.writeHead(answer.status, answer.headers).end(answer.body);
  });
  await new Promise<void>((resolve) => upstreamServer.listen(0, '127.0.0.1', resolve));
  upstream.url = `http://127.0.0.1:${(upstreamServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  upstreamServer.closeAllConnections();
  await new Promise((resolve) => upstreamServer.close(resolve));
});
beforeEach(() => {
  Object.assign(upstream, { dwd: 'dwd-several', nina: 'nina-dashboard-active', requests: [] });
  clock = Date.now();
  logs = [];
});
afterEach(async () => {
  if (server) {
    const closing = server;
    await new Promise((resolve) => {
      closing.close(resolve);
      closing.closeAllConnections();
    });
  }
  server = undefined;
});

async function serve(options: ProxyOptions = {}): Promise<StadtkitProxy> {
  const proxy = createProxy({
    upstream: upstream.url,
    ninaUpstream: upstream.url,
    now: () => clock,
    log: (message) => logs.push(message),
    ...options,
  });
  server = createServer(toNodeListener(proxy));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

const alerts = (query = 'warn_cell_id=806413000') =>
  fetch(`${base}/stadtkit/brightsky/alerts?${query}`);
const dashboard = (ars = '064130000000') => fetch(`${base}/stadtkit/nina/dashboard/${ars}.json`);

describe('@stadtkit/proxy: warnings', () => {
  it('serves Bright Sky /alerts for the allowed cell and place, reduced to what Stadtkit reads', async () => {
    await serve();
    const response = await alerts();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=120, stale-while-revalidate=60, stale-if-error=3600',
    );
    const body = (await response.json()) as { alerts: Record<string, unknown>[] };
    const { warnings, issues } = parseBrightSkyAlerts(body);
    expect(issues).toEqual([]);
    expect(warnings.map((w) => w.event)).toEqual(['GLÄTTE', 'STURMBÖEN', 'ORKANBÖEN']);
    expect(Object.keys(body.alerts[0] ?? {})).not.toContain('padding');
    expect(upstream.requests).toEqual(['/alerts?warn_cell_id=806413000']);
    // The weather's allowed place is served by coordinates too.
    expect((await alerts('lat=50.1055&lon=8.7623')).status).toBe(200);
  });

  it('500 concurrent requests → one upstream request per source', async () => {
    const proxy = await serve();
    const answers = await Promise.all(
      Array.from({ length: 500 }, (_, i) => (i % 2 ? alerts() : dashboard())),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(proxy.upstreamCalls).toBe(2);
  });

  it('never an open relay: other cells, regions, unknown warnings and parameters are refused', async () => {
    await serve();
    for (const [query, error] of [
      ['warn_cell_id=805315000', 'place not served by this proxy'],
      ['warn_cell_id=8064130001', 'warn_cell_id is not a DWD warn cell id'],
      ['lat=52.5&lon=13.4', 'place not served by this proxy'],
      ['warn_cell_id=806413000&warn_cell_id=806413000', 'repeated parameter'],
      ['warn_cell_id=806413000&url=http://evil', 'unsupported parameter "url"'],
    ]) {
      const response = await alerts(query);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toEqual({ error });
    }
    expect((await dashboard('091620000000')).status).toBe(404);
    expect((await dashboard('../../etc/passwd')).status).toBe(404);
    expect((await fetch(`${base}/stadtkit/nina/warnings/mow.unknown.json`)).status).toBe(404);
    expect((await fetch(`${base}/stadtkit/nina/warnings/${FIRE}.json`)).status).toBe(200);
    expect((await fetch(`${base}/stadtkit/brightsky/alerts`, { method: 'POST' })).status).toBe(405);
    expect(
      upstream.requests.filter((url) => url.includes('805315000') || url.includes('0916')),
    ).toEqual([]);
  });

  it('NINA: the dashboard and the details of warnings on it, reduced', async () => {
    await serve();
    const list = (await (await dashboard()).json()) as unknown[];
    expect(parseNinaDashboard(list).warnings.map((w) => w.severity)).toEqual(['severe', 'minor']);
    const detail = (await (await fetch(`${base}/stadtkit/nina/warnings/${FIRE}.json`)).json()) as {
      info: Record<string, unknown>[];
    };
    expect(detail.info[0]?.instruction).toContain('Halten Sie Fenster und Türen geschlossen.');
    expect(Object.keys(detail.info[0] ?? {})).not.toContain('contact');
  });

  it.each([
    ['500', 'HTTP 500'],
    ['html', 'unexpected content type "text/html"'],
    ['malformed', 'malformed JSON'],
    ['huge', 'body over 1000000 bytes'],
  ] as const)('an upstream answering %s is a 503, never "no warnings"', async (mode, logged) => {
    upstream.dwd = mode;
    upstream.nina = mode;
    const proxy = await serve();
    const response = await alerts();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'warnings temporarily unavailable' });
    expect((await dashboard()).status).toBe(503);
    expect(logs.join('\n')).toContain(logged);
    const snapshot = await proxy.warnings();
    expect(snapshot).toMatchObject({
      warnings: [],
      sources: ['dwd', 'nina'],
      failed: ['dwd', 'nina'],
    });
  });

  it('an upstream that hangs: 503 after the timeout', async () => {
    upstream.dwd = 'hang';
    await serve({ timeout: 300 });
    const started = Date.now();
    expect((await alerts()).status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(logs.join()).toContain('timeout after 300 ms');
  });

  it('stale-if-error: the last good warnings for up to an hour, then 503', async () => {
    await serve();
    expect((await alerts()).status).toBe(200);
    upstream.dwd = '500';
    clock += 121_000 + 60_000;
    const stale = await alerts();
    expect(stale.status).toBe(200);
    expect(Number(stale.headers.get('age'))).toBeGreaterThan(120);
    clock += 3600_000;
    expect((await alerts()).status).toBe(503);
  });

  it('a body in which nothing can be shown is unavailable; what can be shown is kept', async () => {
    upstream.dwd = 'dwd-duplicates';
    await serve();
    const body = (await (await alerts()).json()) as { alerts: unknown[] };
    expect(body.alerts).toHaveLength(1);
  });

  it('gives server renderers a snapshot: current warnings of both sources, NINA with details, sorted', async () => {
    const proxy = await serve();
    const snapshot = await proxy.warnings();
    expect(snapshot.failed).toEqual([]);
    expect(snapshot.warnings.map((w) => [w.source, w.severity, w.event])).toEqual([
      ['dwd', 'extreme', 'ORKANBÖEN'],
      ['nina', 'severe', 'Gefahreninformation'],
      ['dwd', 'moderate', 'STURMBÖEN'],
      // Within a level the earlier start first: the boil-water notice began at 10:10, the ice begins at 22:00.
      ['nina', 'minor', 'Verunreinigung des Trinkwassers'],
      ['dwd', 'minor', 'GLÄTTE'],
    ]);
    expect(snapshot.warnings[1]?.instruction).toContain(
      'Schalten Sie Lüftungs- und Klimaanlagen ab.',
    );
    // "Stand" is when the answers were fetched, not when a page asked: the same within the TTL.
    expect(snapshot.checkedAt).toBe(new Date(clock).toISOString());
    clock += 30_000;
    expect((await proxy.warnings()).checkedAt).toBe(snapshot.checkedAt);
    upstream.nina = '500';
    clock += 3600_000 * 2;
    const partial = await proxy.warnings();
    expect(partial.failed).toEqual(['nina']);
    expect(partial.warnings.every((w) => w.source === 'dwd')).toBe(true);
  });

  it('takes the NINA upstream from STADTKIT_UPSTREAM_NINA and refuses bad regions and cells', async () => {
    process.env.STADTKIT_UPSTREAM_NINA = upstream.url;
    try {
      const proxy = createProxy({ upstream: upstream.url, log: () => {} });
      expect((await proxy.warnings({ sources: ['nina'] })).failed).toEqual([]);
    } finally {
      delete process.env.STADTKIT_UPSTREAM_NINA;
    }
    expect(() => createProxy({ regions: ['06413000'] })).toThrow(/not a district ARS/);
    expect(() => createProxy({ warnCells: ['Offenbach'] })).toThrow(/not a DWD warn cell id/);
  });
});

describe('stadtkit-proxy (CLI): warnings', () => {
  it('serves the given warn cells and regions from the given upstreams', async () => {
    const { spawn } = await import('node:child_process');
    const cli = new URL('../dist/cli.js', import.meta.url).pathname;
    const child = spawn(
      process.execPath,
      [
        cli,
        '--port',
        '0',
        '--warn-cell',
        '806413000',
        '--region',
        '064130000000',
        '--nina',
        upstream.url,
      ],
      { env: { ...process.env, STADTKIT_UPSTREAM_BRIGHTSKY: upstream.url } },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString()));
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const origin = new URL(/http:\/\/\S+/.exec(line)?.[0] ?? '').origin;
      expect(
        (await fetch(`${origin}/stadtkit/brightsky/alerts?warn_cell_id=806413000`)).status,
      ).toBe(200);
      expect((await fetch(`${origin}/stadtkit/nina/dashboard/064130000000.json`)).status).toBe(200);
      expect((await fetch(`${origin}/stadtkit/nina/dashboard/091620000000.json`)).status).toBe(404);
    } finally {
      child.kill();
    }
  });
});
