// What the demo server sends, prepared once: the body, its gzip (made once, asynchronously, at the best
// level) and a strong ETag. Files are read and compressed once and again only when they change; pages are
// rendered once per page and data (see server.ts). Conditional requests get 304, Accept-Encoding is read
// with its q-values, HEAD gets the headers only.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

export interface Representation {
  body: Buffer;
  /** Only when it is smaller than the body. */
  gzip?: Buffer;
  etag: string;
}

export async function represent(body: Buffer, compressible: boolean): Promise<Representation> {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  if (!compressible || body.length < 1024) return { body, etag };
  const compressed = await gzip(body, { level: 9 });
  return compressed.length < body.length ? { body, gzip: compressed, etag } : { body, etag };
}

/**
 * Files read and compressed once; read again only when their modification time changes. Files that never
 * change under their name (content-hashed build output) are not even checked again.
 */
export class FileCache {
  #entries = new Map<string, { mtimeMs: number; representation: Promise<Representation> }>();

  async get(
    file: string,
    compressible: boolean,
    { immutable = false }: { immutable?: boolean } = {},
  ): Promise<Representation | undefined> {
    const known = this.#entries.get(file);
    if (immutable && known) return known.representation;
    let mtimeMs: number;
    try {
      const stats = await stat(file);
      if (!stats.isFile()) return undefined;
      mtimeMs = stats.mtimeMs;
    } catch {
      return undefined;
    }
    const hit = this.#entries.get(file);
    if (hit?.mtimeMs === mtimeMs) return hit.representation;
    const representation = readFile(file).then((body) => represent(body, compressible));
    this.#entries.set(file, { mtimeMs, representation });
    representation.catch(() => this.#entries.delete(file));
    return representation;
  }
}

/**
 * Whether the client accepts gzip, by the q-values of Accept-Encoding (`gzip;q=0` refuses it; `*` counts
 * when gzip is not named).
 */
export function acceptsGzip(header: string | undefined): boolean {
  let gzipWeight: number | undefined;
  let any: number | undefined;
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name.trim() === 'gzip') gzipWeight = weight;
    else if (name.trim() === '*') any = weight;
  }
  return (gzipWeight ?? any ?? 0) > 0;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/** Sends a representation with `headers`: 304 when If-None-Match matches, gzip when accepted, no body for HEAD. */
export function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  representation: Representation,
  headers: Record<string, string>,
): void {
  const common = { ...headers, etag: representation.etag, vary: 'accept-encoding' };
  if (status === 200 && matches(req.headers['if-none-match'], representation.etag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  const compressed =
    representation.gzip !== undefined && acceptsGzip(req.headers['accept-encoding'])
      ? representation.gzip
      : undefined;
  const body = compressed ?? representation.body;
  res.writeHead(status, {
    ...common,
    ...(compressed ? { 'content-encoding': 'gzip' } : {}),
    'content-length': String(body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
