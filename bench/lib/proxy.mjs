// Proxy throughput with a warm cache against a minimal in-memory node:http server in the same run (same
// machine, same load generator), and upstream calls per 10,000 visitor requests from a cold cache. The servers
// run in a child process, autocannon in this one; everything on 127.0.0.1, bounded in time and requests.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const PATH = '/stadtkit/brightsky/current_weather?lat=50.1055&lon=8.7623';

function load(url, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** @param {{ seconds?: number, connections?: number }} [options] */
export async function measureProxy({ seconds = 8, connections = 50 } = {}) {
  const child = spawn(
    process.execPath,
    [new URL('./proxy-servers.mjs', import.meta.url).pathname],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value);
  try {
    const urls = await next();
    const run = async (base) => {
      await load(`${base}${PATH}`, { connections, duration: 1 }); // warm-up
      const result = await load(`${base}${PATH}`, { connections, duration: seconds });
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`${base}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      return {
        requestsPerSecond: result.requests.average,
        p99Ms: result.latency.p99,
        p50Ms: result.latency.p50,
      };
    };
    const baseline = await run(urls.baseline);
    const proxy = await run(urls.proxy);
    child.stdin.write('count\n');
    const before = (await next()).upstreamCalls;
    const visitors = await load(`${urls.cold}${PATH}`, { connections: 100, amount: 10_000 });
    child.stdin.write('count\n');
    const after = (await next()).upstreamCalls;
    return {
      baseline,
      proxy,
      ratio: proxy.requestsPerSecond / baseline.requestsPerSecond,
      visitorRequests: visitors.requests.total,
      upstreamCalls: after - before,
    };
  } finally {
    child.stdin.write('exit\n');
    child.kill();
  }
}
