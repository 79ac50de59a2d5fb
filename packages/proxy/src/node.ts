// Node-only: the adapter from Node's http server to the Fetch API handler. Browser code never imports this.
import { getRequestListener } from '@hono/node-server';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Turns a Fetch API handler into a `node:http` request listener:
 * `createServer(toNodeListener(createProxy(options)))`, or mount it in an existing server for one path prefix.
 * Node's global `Request`/`Response` are left as they are unless `overrideGlobalObjects` is true (faster, but
 * it replaces them for the whole process: fine for the CLI, not inside someone else's server).
 */
export function toNodeListener(
  handler: (request: Request) => Response | Promise<Response>,
  { overrideGlobalObjects = false }: { overrideGlobalObjects?: boolean } = {},
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const listener = getRequestListener(handler, { overrideGlobalObjects });
  return async (request, response) => {
    await listener(request, response);
  };
}
