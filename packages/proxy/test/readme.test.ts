// Runs the README's JavaScript snippets with Node, as a city's developer would paste them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUpstream, type Upstream } from './upstream-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
// Inside the package folder, so `@stadtkit/proxy` resolves to this package as it would from node_modules.
const scratch = mkdtempSync(join(root, '.readme-'));

let upstream: Upstream;
beforeAll(async () => {
  upstream = await startUpstream();
});
afterAll(async () => {
  await upstream.close();
  rmSync(scratch, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('@stadtkit/proxy README', () => {
  it('the Fetch API snippet creates a working handler', async () => {
    const snippet = snippets.find((code) => code.includes('Deno.serve(proxy)'));
    expect(snippet).toBeDefined();
    const file = join(scratch, 'fetch.mjs');
    writeFileSync(
      file,
      `${snippet}\nconst r = await proxy(new Request('http://x/stadtkit/brightsky/current_weather?dwd_station_id=07341'));\nconsole.log(r.status, (await r.json()).weather.temperature);\n`,
    );
    const output = await run(file);
    expect(output.trim()).toBe('200 7.2');
  });

  it('the node:http snippet serves on its port', async () => {
    const snippet = snippets.find((code) => code.includes('createServer(toNodeListener'));
    expect(snippet).toBeDefined();
    const port = await freePort();
    const file = join(scratch, 'node.mjs');
    writeFileSync(file, `${(snippet ?? '').replace('8787', String(port))}\nconsole.log('up');\n`);
    const child = spawn(process.execPath, [file], { env: env() });
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      // "up" is printed when listen() was called; the socket is bound a moment later (longer under load).
      const url = `http://127.0.0.1:${port}/stadtkit/brightsky/current_weather?lat=50.1055&lon=8.7623`;
      let response: Response | undefined;
      for (let attempt = 0; attempt < 50 && !response; attempt++) {
        response = await fetch(url).catch(async () => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return undefined;
        });
      }
      expect(response?.status).toBe(200);
    } finally {
      child.kill();
    }
  });
});

function env() {
  return { ...process.env, STADTKIT_UPSTREAM_BRIGHTSKY: upstream.url };
}

function run(file: string, extra: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { env: { ...env(), ...extra } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(err))));
  });
}

describe("the warnings snippets (this README and @stadtkit/warnings' README)", () => {
  it.each([
    ['proxy', readme],
    ['warnings', readFileSync(join(root, '..', 'warnings', 'README.md'), 'utf8')],
  ])(
    '%s README: proxy.warnings() gives the recorded warnings of both sources',
    async (name, text) => {
      const { replayWarnings } = await import('@stadtkit/warnings/recordings/replay.mjs');
      const { createServer: createHttpServer } = await import('node:http');
      const replay = createHttpServer((req, res) => {
        const answer = replayWarnings(req.url ?? '/', {
          dwd: 'dwd-minor',
          nina: 'nina-dashboard-active',
        });
        if (answer) res.writeHead(answer.status, answer.headers).end(answer.body);
      });
      await new Promise<void>((resolve) => replay.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(replay.address() as { port: number }).port}`;
      try {
        const snippet = [...text.matchAll(/```js\n([\s\S]*?)```/g)]
          .map((match) => match[1] ?? '')
          .find((code) => code.includes('proxy.warnings()'));
        expect(snippet, name).toBeDefined();
        const file = join(scratch, `warnings-${name}.mjs`);
        writeFileSync(
          file,
          `${snippet}\nconsole.log(JSON.stringify([snapshot.failed, snapshot.warnings.map((w) => w.event)]));\n`,
        );
        const output = await run(file, {
          STADTKIT_UPSTREAM_BRIGHTSKY: base,
          STADTKIT_UPSTREAM_NINA: base,
        });
        expect(JSON.parse(output.trim().split('\n').pop() ?? '')).toEqual([
          [],
          ['Gefahreninformation', 'Verunreinigung des Trinkwassers', 'FROST'],
        ]);
      } finally {
        replay.close();
      }
    },
  );
});
