#!/usr/bin/env node
// stadtkit-proxy: serves @stadtkit/proxy on its own port. Options from flags, else STADTKIT_* variables.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createProxy } from './proxy.js';
import { toNodeListener } from './node.js';

const USAGE = `Usage: stadtkit-proxy [options]

Serves GET <mount>/brightsky/current_weather like Bright Sky's /current_weather, <mount>/brightsky/alerts
like its /alerts, and <mount>/nina/dashboard/<ARS>.json and <mount>/nina/warnings/<id>.json like the NINA
API, for the listed places only.

  --port <n>            port (env STADTKIT_PROXY_PORT, default 8787)
  --host <name>         interface (env STADTKIT_PROXY_HOST, default 127.0.0.1)
  --mount <path>        path prefix (default /stadtkit)
  --location <lat,lon>  a place to serve, repeatable (default 50.1055,8.7623, Offenbach am Main)
  --station <id>        a DWD station id to serve, repeatable (e.g. 07341)
  --warn-cell <id>      a DWD warn cell to serve warnings for, repeatable (default 806413000, Offenbach am Main)
  --region <ARS>        a district ARS to serve NINA warnings for, repeatable (default 064130000000)
  --upstream <url>      Bright Sky base URL (env STADTKIT_UPSTREAM_BRIGHTSKY, default https://api.brightsky.dev)
  --nina <url>          NINA API base URL (env STADTKIT_UPSTREAM_NINA, default https://warnung.bund.de/api31)
  --ttl <seconds>       how long a reading is fresh (default 600)
  --timeout <ms>        upstream time limit (default 3000)
  --help                this text
`;

function fail(message: string): never {
  process.stderr.write(`stadtkit-proxy: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) fail(`--${name} must be a number, got "${value}"`);
  return parsed;
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      mount: { type: 'string' },
      location: { type: 'string', multiple: true },
      station: { type: 'string', multiple: true },
      upstream: { type: 'string' },
      'warn-cell': { type: 'string', multiple: true },
      region: { type: 'string', multiple: true },
      nina: { type: 'string' },
      ttl: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

let proxy;
try {
  proxy = createProxy({
    mount: values.mount,
    upstream: values.upstream,
    locations: values.location,
    stations: values.station,
    warnCells: values['warn-cell'],
    regions: values.region,
    ninaUpstream: values.nina,
    ttl: number('ttl', values.ttl),
    timeout: number('timeout', values.timeout),
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const port = number('port', values.port ?? process.env.STADTKIT_PROXY_PORT) ?? 8787;
const host = values.host ?? process.env.STADTKIT_PROXY_HOST ?? '127.0.0.1';
const server = createServer(toNodeListener(proxy, { overrideGlobalObjects: true }));
server.on('error', (error) => fail(error.message));
server.listen(port, host, () => {
  const address = server.address() as AddressInfo;
  const mount = `/${(values.mount ?? 'stadtkit').replace(/^\/+|\/+$/g, '')}`;
  console.log(
    `stadtkit-proxy: http://${host}:${address.port}${mount}/brightsky/current_weather (base-url="${mount}/brightsky")`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
