// The site as static files for any web server or CDN:
//
//   npm run export --workspace=@stadtkit/demo              → apps/demo/dist/export/
//   npm run export --workspace=@stadtkit/demo -- <dir> [<site-url>]
//
// Every page as <path>/index.html (404.html for unknown paths) with its Content-Security-Policy also as a
// <meta> element (for hosts that cannot set headers), the hashed client bundle and the media, each
// compressible file also as .gz and .br (served by nginx's gzip_static/brotli_static or a CDN), and the
// headers as `_headers` (Netlify, Cloudflare Pages) and `nginx.conf` (an include for a server block).
// Search needs the server (its results depend on the request): the exported form still points at /suche.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import {
  DEMO_ROOT,
  IMMUTABLE,
  loadSiteCss,
  MEDIA,
  securityHeaders,
  sitePaths,
  startServer,
  SVG_CSP,
} from './server.js';

const gz = promisify(gzip);
const br = promisify(brotliCompress);
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

export interface ExportResult {
  pages: string[];
  files: string[];
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

async function writeCompressed(file: string, body: Buffer): Promise<string[]> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, body);
  if (!COMPRESSIBLE.has(extname(file)) || body.length < 1024) return [file];
  await writeFile(`${file}.gz`, await gz(body, { level: 9 }));
  await writeFile(
    `${file}.br`,
    await br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  return [file, `${file}.gz`, `${file}.br`];
}

/** Renders every page through the real server (production mode) and writes the site into `outDir`. */
export async function exportSite(outDir: string, siteUrl?: string): Promise<ExportResult> {
  const { server, url } = await startServer({
    port: 0,
    production: true,
    ...(siteUrl ? { siteUrl } : {}),
  });
  const files: string[] = [];
  const headerRules: string[] = [];
  const nginx: string[] = [
    '# Include in a server block whose root is this folder (needs gzip_static; brotli_static with ngx_brotli).',
    'gzip_static on;',
    'error_page 404 /404.html;',
  ];
  const security = Object.entries(securityHeaders());
  try {
    await rm(outDir, { recursive: true, force: true });
    for (const path of sitePaths()) {
      const response = await fetch(new URL(path, url), {
        headers: { 'accept-encoding': 'identity' },
      });
      const csp = response.headers.get('content-security-policy') ?? "default-src 'self'";
      const html = await response.text();
      // frame-ancestors works only as a header; the <meta> carries the rest.
      const metaCsp = csp
        .split(';')
        .map((directive) => directive.trim())
        .filter((directive) => directive && !directive.startsWith('frame-ancestors'))
        .join('; ');
      const page = html.replace(
        '<head>\n',
        `<head>\n<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(metaCsp)}">\n`,
      );
      const file = path === '/404' ? '404.html' : join(path.slice(1), 'index.html');
      files.push(...(await writeCompressed(join(outDir, file), Buffer.from(page))));
      const location = path === '/404' ? '/404.html' : path;
      headerRules.push(
        location,
        `  Content-Security-Policy: ${csp}`,
        '  Cache-Control: no-cache',
        ...security.map(([name, value]) => `  ${name}: ${value}`),
      );
      nginx.push(
        `location = ${location === '/' ? '/' : location} {`,
        ...(location === '/404.html'
          ? []
          : [`  try_files ${location === '/' ? '/index.html' : `${location}/index.html`} =404;`]),
        `  add_header Content-Security-Policy "${csp}" always;`,
        '  add_header Cache-Control "no-cache" always;',
        ...security.map(([name, value]) => `  add_header ${name} "${value}" always;`),
        '}',
      );
    }
    const client = join(DEMO_ROOT, 'dist', 'client');
    for (const name of await readdir(client)) {
      if (!name.endsWith('.js')) continue; // no source maps in the export
      files.push(
        ...(await writeCompressed(
          join(outDir, 'assets', name),
          await readFile(join(client, name)),
        )),
      );
    }
    files.push(
      ...(await writeCompressed(
        join(outDir, 'assets', 'site.css'),
        Buffer.from(await loadSiteCss(DEMO_ROOT)),
      )),
    );
    const media = MEDIA;
    for (const name of await readdir(media)) {
      const target = join(outDir, 'media', name);
      if (extname(name) === '.svg')
        files.push(...(await writeCompressed(target, await readFile(join(media, name)))));
      else {
        await mkdir(dirname(target), { recursive: true });
        await copyFile(join(media, name), target);
        files.push(target);
      }
    }
    headerRules.push(
      '/assets/app-*',
      `  Cache-Control: ${IMMUTABLE}`,
      '/media/*',
      '  Cache-Control: public, max-age=86400',
      '/media/*.svg',
      `  Content-Security-Policy: ${SVG_CSP}`,
    );
    nginx.push(
      'location ~ ^/assets/app-[A-Za-z0-9_-]+\\.js$ {',
      `  add_header Cache-Control "${IMMUTABLE}" always;`,
      '}',
      'location /media/ {',
      '  add_header Cache-Control "public, max-age=86400" always;',
      '}',
    );
    await writeFile(join(outDir, '_headers'), `${headerRules.join('\n')}\n`);
    await writeFile(join(outDir, 'nginx.conf'), `${nginx.join('\n')}\n`);
    files.push(join(outDir, '_headers'), join(outDir, 'nginx.conf'));
    return { pages: sitePaths(), files };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.argv[2] ?? join(DEMO_ROOT, 'dist', 'export');
  const { pages, files } = await exportSite(outDir, process.argv[3]);
  console.log(`Exported ${pages.length} pages, ${files.length} files to ${outDir}`);
}
