// Pass-throughs to the demo for the engine tests. "No JavaScript" the same way in every engine: every <script>
// removed from the HTML, so the browser gets exactly the server's markup and nothing that could change it.
// "No CSP": the page as it is, without its Content-Security-Policy, so a canary shows whether hostile input
// would run (under the CSP it could not, which would hide an injection instead of proving there is none).
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function passThrough(
  target: string,
  { scripts }: { scripts: boolean },
): Promise<{ url: string; server: Server }> {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host, 'accept-encoding': 'identity' },
      },
      (answer) => {
        const type = String(answer.headers['content-type'] ?? '');
        if (!type.startsWith('text/html') || scripts) {
          delete answer.headers['content-security-policy'];
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        let html = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => (html += chunk));
        answer.on('end', () => {
          const stripped = html
            .replace(/<script\b[\s\S]*?<\/script>/gi, '')
            .replace(/<link rel="modulepreload"[^>]*>/gi, '');
          const headers = { ...answer.headers };
          delete headers['content-length'];
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(stripped);
        });
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
