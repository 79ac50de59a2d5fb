// The demo server without a browser: what it answers, server-rendered. Also run under Node 22 and 24
// (`test:node-versions`), so the SSR and server code is checked on every Node version the README names.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server.js';

let server: Server | undefined;
let url = '';

beforeAll(async () => {
  ({ server, url } = await startServer({ port: 0 }));
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe(`demo server on Node ${process.versions.node}`, () => {
  it('renders the press release with the weather, a CSP and declarative shadow DOM', async () => {
    const response = await fetch(new URL('/', url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const body = await response.text();
    expect(body).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(body).toMatch(/Aktuelles Wetter in Offenbach am Main: -?\d+ Grad Celsius/);
    expect(body).toContain('Ausländerbehörde');
  });

  it('finds releases and answers unknown pages with 404', async () => {
    const search = await fetch(new URL('/suche?q=Radweg', url));
    expect(search.status).toBe(200);
    expect(await search.text()).toContain('Radweg');
    expect((await fetch(new URL('/gibt-es-nicht', url))).status).toBe(404);
  });

  it('serves the weather through its proxy from the local replay', async () => {
    const response = await fetch(
      new URL('/stadtkit/brightsky/current_weather?lat=50.1055&lon=8.7623', url),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { weather?: { temperature?: number } };
    expect(typeof body.weather?.temperature).toBe('number');
  });
});
