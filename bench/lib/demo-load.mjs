// The demo server under load (issue #15): the press-release page (gzip accepted), a search, the hashed bundle
// and the weather route, each against the in-memory node:http baseline that sends the same bytes, in the same
// run; then the server's memory after 1,000 and after 50,000 page requests. Servers in a child process,
// autocannon in this one; 127.0.0.1 only, bounded in time and requests.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

/** Goals of issue #15: cached pages and assets ≥ 0.5× the baseline, search ≥ 0.2×. */
export const DEMO_GOALS = { page: 0.5, search: 0.2, asset: 0.5, weather: 0.5 };

function load(url, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers: { 'accept-encoding': 'gzip' }, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/** @param {{ seconds?: number, connections?: number }} [options] */
export async function measureDemo({ seconds = 5, connections = 50 } = {}) {
  const child = spawn(process.execPath, [new URL('./demo-servers.mjs', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value);
  try {
    const { demo, baseline, paths } = await next();
    const run = async (base, path) => {
      await load(`${base}${path}`, { connections, duration: 1 }); // warm-up
      const result = await load(`${base}${path}`, { connections, duration: seconds });
      return {
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors + result.non2xx + result.timeouts,
      };
    };
    const routes = [];
    for (const [name, path] of Object.entries(paths)) {
      const base = await run(baseline, path);
      const server = await run(demo, path);
      routes.push({
        name,
        path,
        baseline: base,
        demo: server,
        ratio: server.requestsPerSecond / base.requestsPerSecond,
        goal: DEMO_GOALS[name],
      });
    }
    const rss = async () => {
      child.stdin.write('rss\n');
      return (await next()).rss;
    };
    await load(`${demo}/`, { connections: 10, amount: 1_000 });
    const afterFirst = await rss();
    const long = await load(`${demo}/`, { connections: 50, amount: 49_000 });
    const afterAll = await rss();
    return {
      routes,
      memory: {
        afterFirst,
        afterAll,
        growth: afterAll / afterFirst - 1,
        errors: long.errors + long.non2xx + long.timeouts,
      },
    };
  } finally {
    child.stdin.write('exit\n');
    child.kill();
  }
}
