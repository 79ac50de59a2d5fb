import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { createHash } from 'node:crypto';
import { page } from './page.js';

export interface RenderedDocument {
  html: string;
  /** The Content-Security-Policy that fits this document: no inline script, styles by hash. */
  csp: string;
}

const STYLE = /<style>([\s\S]*?)<\/style>/g;

/** sha256 sources for every inline <style> (declarative shadow DOM emits one per component). */
export function styleHashes(markup: string): string[] {
  const hashes = new Set<string>();
  for (const match of markup.matchAll(STYLE)) {
    const digest = createHash('sha256')
      .update(match[1] ?? '')
      .digest('base64');
    hashes.add(`'sha256-${digest}'`);
  }
  return [...hashes];
}

export function contentSecurityPolicy(markup: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes(markup).join(' ')}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Renders the whole HTML document in Node with Lit SSR (declarative shadow DOM). */
export async function renderDocument(): Promise<RenderedDocument> {
  const body = await collectResult(render(page()));
  const html = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stadtkit-Demo – Stadt Offenbach am Main</title>
<meta name="description" content="Pressemitteilung der Stadt Offenbach am Main, gebaut mit Stadtkit-Webkomponenten.">
<link rel="stylesheet" href="/assets/site.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
${body}
</body>
</html>
`;
  return { html, csp: contentSecurityPolicy(html) };
}
