// The sources on 127.0.0.1, as the element sees them through @stadtkit/proxy: `/{run}/brightsky/alerts` and
// `/{run}/nina/dashboard|warnings/…` answer from the recordings (dates moved to now) in the scenario set for
// that run with `/__set/{run}?dwd=…&nina=…`. Also renders the element with Lit SSR, as a Node backend does.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { html } from 'lit';
import { replayWarnings, type WarningsScenario } from '../../recordings/replay.mjs';
import { parseBrightSkyAlerts, currentWarnings, type WarningsSnapshot } from '@stadtkit/model';
import '../../src/define.js';

export default async function setup(project: TestProject) {
  const runs = new Map<
    string,
    { dwd: WarningsScenario; nina: WarningsScenario; requests: number }
  >();
  const open = new Set<ServerResponse>();
  const cors = { 'access-control-allow-origin': '*' };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, run = '', ...rest] = url.pathname.split('/');
    if (run === '__set') {
      runs.set(rest[0] ?? '', {
        dwd: (url.searchParams.get('dwd') ?? 'dwd-none') as WarningsScenario,
        nina: (url.searchParams.get('nina') ?? 'nina-dashboard-none') as WarningsScenario,
        requests: 0,
      });
      res.writeHead(204, cors).end();
      return;
    }
    if (run === '__count') {
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ requests: runs.get(rest[0] ?? '')?.requests ?? 0 }));
      return;
    }
    const scenario = runs.get(run) ?? { dwd: 'dwd-none', nina: 'nina-dashboard-none', requests: 0 };
    scenario.requests += 1;
    const path = `/${rest.join('/')}`
      .replace(/^\/brightsky\/alerts$/, '/alerts')
      .replace(/^\/nina\//, '/');
    const answer = replayWarnings(`${path}${url.search}`, scenario);
    if (!answer) {
      open.add(res);
      return;
    }
    res.writeHead(answer.status, { ...answer.headers, ...cors }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  project.provide('warningsBase', base);
  runs.set('ssr', { dwd: 'dwd-several', nina: 'nina-dashboard-none', requests: 0 });

  // What a Node backend sends: the element rendered with the proxy's snapshot (here from the recording).
  const alerts = replayWarnings('/alerts', { dwd: 'dwd-several' });
  const now = Date.now();
  const snapshot: WarningsSnapshot = {
    warnings: currentWarnings(parseBrightSkyAlerts(JSON.parse(alerts?.body ?? '{}')).warnings, now),
    checkedAt: new Date(now).toISOString(),
    sources: ['dwd'],
    failed: [],
  };
  project.provide('ssr', {
    snapshot,
    compact: await collectResult(
      render(
        html`<stadt-warnings
          base-url=${`${base}/ssr`}
          .initialWarnings=${snapshot}
        ></stadt-warnings>`,
      ),
    ),
    full: await collectResult(
      render(
        html`<stadt-warnings
          base-url=${`${base}/ssr`}
          variant="full"
          .initialWarnings=${snapshot}
        ></stadt-warnings>`,
      ),
    ),
    empty: await collectResult(
      render(html`<stadt-warnings base-url=${`${base}/ssr`}></stadt-warnings>`),
    ),
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

declare module 'vitest' {
  export interface ProvidedContext {
    warningsBase: string;
    ssr: { snapshot: WarningsSnapshot; compact: string; full: string; empty: string };
  }
}
