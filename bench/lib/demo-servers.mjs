// Child process of the demo load benchmark: the built demo server (production mode, offline replay for the
// weather) and a minimal in-memory node:http baseline that answers each benchmarked path with the exact
// bytes and headers the demo sent for it. Prints both URLs and the paths as one JSON line; on "rss" prints
// this process's resident set size. 127.0.0.1 only.
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { startServer } from '../../apps/demo/dist/server/server.js';

const { server, url } = await startServer({ port: 0, host: '127.0.0.1', production: true });
const demo = url.replace('//localhost:', '//127.0.0.1:').replace(/\/$/, '');
const page = await (await fetch(`${demo}/`)).text();
const script = /src="(\/assets\/app-[^"]+\.js)"/.exec(page)?.[1];
if (!script) throw new Error('demo page without its hashed bundle');
const paths = {
  page: '/',
  search: '/suche?q=wetter',
  asset: script,
  weather: '/stadtkit/brightsky/current_weather?lat=50.1055&lon=8.7623',
};

// The baseline: what the demo answered (gzip where it gzips), from memory, no routing, no work.
const answers = new Map();
for (const path of Object.values(paths)) {
  const response = await fetch(`${demo}${path}`, { headers: { 'accept-encoding': 'gzip' } });
  const body = Buffer.from(await response.arrayBuffer());
  const headers = Object.fromEntries(response.headers);
  delete headers['content-length'];
  delete headers['transfer-encoding'];
  delete headers['connection'];
  delete headers['keep-alive'];
  answers.set(path, { body, headers });
}
const baseline = createServer((req, res) => {
  const answer = answers.get(req.url) ?? answers.get('/');
  res.writeHead(200, answer.headers).end(answer.body);
});
await new Promise((resolve) => baseline.listen(0, '127.0.0.1', resolve));

console.log(
  JSON.stringify({ demo, baseline: `http://127.0.0.1:${baseline.address().port}`, paths }),
);
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'rss') console.log(JSON.stringify({ rss: process.memoryUsage().rss }));
  if (line === 'exit') {
    server.close();
    baseline.close();
    process.exit(0);
  }
}
