import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocument } from './render.js';

const site = join(dirname(fileURLToPath(import.meta.url)), '..', 'site');
await mkdir(site, { recursive: true });
const { html, csp } = await renderDocument();
await writeFile(join(site, 'index.html'), html);
await writeFile(join(site, 'csp.txt'), csp);
console.log(`prerendered ${join(site, 'index.html')} (${Buffer.byteLength(html)} bytes)`);
