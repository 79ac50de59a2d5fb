// Child process of the proxy benchmark: a stand-in Bright Sky, @stadtkit/proxy in front of it (as the CLI runs
// it) and a minimal in-memory node:http server answering the same body (the baseline). Prints their URLs as
// one JSON line; on "count" from stdin prints the upstream request count. 127.0.0.1 only.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { createProxy } from '@stadtkit/proxy';
import { toNodeListener } from '@stadtkit/proxy/node.js';

const recording = JSON.parse(
  await readFile(
    createRequire(import.meta.url).resolve(
      '@stadtkit/weather-status/recordings/offenbach-current-weather.json',
    ),
    'utf8',
  ),
);
recording.weather.timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
const upstreamBody = JSON.stringify(recording);
let upstreamCalls = 0;

const listen = (server) =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)),
  );

const upstream = await listen(
  createServer((req, res) => {
    upstreamCalls += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(upstreamBody);
  }),
);
const proxy = createProxy({ upstream, locations: ['50.1055,8.7623'] });
const proxyUrl = await listen(createServer(toNodeListener(proxy, { overrideGlobalObjects: true })));

// The baseline: the body the proxy serves, from memory, with the same headers, no routing, no checks.
const served = await (
  await proxy(new Request('http://x/stadtkit/brightsky/current_weather?lat=50.1055&lon=8.7623'))
).text();
upstreamCalls = 0;
const baseline = await listen(
  createServer((req, res) => {
    res
      .writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'public, max-age=600',
        etag: '"baseline"',
      })
      .end(served);
  }),
);

// A second proxy with an empty cache, for counting upstream calls per 10,000 visitor requests.
const cold = createProxy({ upstream, locations: ['50.1055,8.7623'] });
const coldUrl = await listen(createServer(toNodeListener(cold, { overrideGlobalObjects: true })));

process.stdout.write(`${JSON.stringify({ proxy: proxyUrl, baseline, cold: coldUrl })}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'count') process.stdout.write(`${JSON.stringify({ upstreamCalls })}\n`);
  if (line === 'exit') process.exit(0);
});
