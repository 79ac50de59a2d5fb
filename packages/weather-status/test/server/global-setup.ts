import type { TestProject } from 'vitest/node';
import { startReplayServer } from './bright-sky-replay.js';

export default async function setup(project: TestProject) {
  const server = await startReplayServer();
  project.provide('brightSkyBase', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    brightSkyBase: string;
  }
}
