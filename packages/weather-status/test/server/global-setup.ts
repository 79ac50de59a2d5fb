import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { WeatherObservation } from '@stadtkit/model';
import { offenbachWeather } from '@stadtkit/model/fixtures';
import type { TestProject } from 'vitest/node';
import '../../src/define.js';
import { withoutValue, withValue } from '../ssr/templates.js';
import { startReplayServer } from './bright-sky-replay.js';

export default async function setup(project: TestProject) {
  const server = await startReplayServer();
  project.provide('brightSkyBase', server.url);
  // What a Node backend sends: the same templates the hydration test wakes up in the browser.
  const observation = {
    ...offenbachWeather,
    observedAt: new Date(Date.now() - 20 * 60_000).toISOString(),
  };
  const base = `${server.url}/hydrate/ok`;
  project.provide('ssr', {
    observation,
    withoutValue: await collectResult(render(withoutValue(base), { deferHydration: true })),
    withValue: await collectResult(render(withValue(base, observation), { deferHydration: true })),
  });
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    brightSkyBase: string;
    ssr: { observation: WeatherObservation; withoutValue: string; withValue: string };
  }
}
