import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { newsArticleJsonLd, serializeForScript, serializeJsonLd } from '@stadtkit/model';
import { SITE_NAME, type PageData } from './data.js';
import { hyphenatePage } from './hyphenate.js';
import { page } from './pages.js';
// Registers every element for server rendering and gives the sha256 sources of their inline <style>s (the
// SSR recipe's own helper, so the demo and a city's render service compute the CSP the same way).
import { styleHashes } from '@stadtkit/elements/ssr.js';

export interface RenderedDocument {
  html: string;
  /** The Content-Security-Policy that fits this document: no inline script, inline styles by hash. */
  csp: string;
}

export function contentSecurityPolicy(markup: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes(markup).join(' ')}`.trim(),
    "img-src 'self'",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The first sentences of a text, cut at a word boundary, for meta descriptions (about 155 characters). */
export function description(text: string, max = 155): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

function head(data: PageData): { title: string; description: string } {
  switch (data.kind) {
    case 'release':
      return {
        title: `${data.release.headline} – ${SITE_NAME}`,
        description: description(data.release.lead ?? data.release.headline),
      };
    case 'search':
      if (data.prompt)
        return { title: `Suche – ${SITE_NAME}`, description: 'Pressemitteilungen durchsuchen.' };
      return data.query
        ? {
            title: `Suche: ${data.query} – ${SITE_NAME}`,
            description: `Suchergebnisse für „${data.query}“.`,
          }
        : {
            title: `Pressemitteilungen – ${SITE_NAME}`,
            description: 'Pressemitteilungen der Stadt Offenbach am Main.',
          };
    case 'info':
      return {
        title: `${data.title} – ${SITE_NAME}`,
        description: description(data.paragraphs.join(' ')),
      };
  }
}

/** Renders a whole HTML document in Node with Lit SSR (declarative shadow DOM). */
export async function renderDocument(
  data: PageData,
  { siteUrl, css, script = '/assets/app.js' }: { siteUrl: string; css?: string; script?: string },
): Promise<RenderedDocument> {
  // deferHydration: the elements wait until the browser has rendered the same page template with the same data.
  // What the page shows, hyphenated on the server; the browser hydrates with exactly this data.
  const shown = hyphenatePage(data);
  const body = await collectResult(render(page(shown), { deferHydration: true }));
  const { title, description: text } = head(data);
  // Search results and the 404 page stay out of search engines; a search URL is nobody's canonical page.
  const noindex =
    data.kind === 'search' ? data.path.startsWith('/suche') : data.kind === 'info' && data.notFound;
  const canonical = noindex ? undefined : new URL(data.path, siteUrl).href;
  const jsonLd =
    data.kind === 'release'
      ? `<script type="application/ld+json">${serializeJsonLd(newsArticleJsonLd(data.release, { baseUrl: siteUrl }))}</script>\n`
      : '';
  const html = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(text)}">
${noindex ? '<meta name="robots" content="noindex">' : `<link rel="canonical" href="${escapeHtml(canonical ?? '')}">`}
<link rel="icon" href="/media/stadt-offenbach-logo.svg" type="image/svg+xml">
${
  // The site's own 4 KB of CSS inline: no render-blocking request; the CSP allows it by its hash.
  css === undefined
    ? '<link rel="stylesheet" href="/assets/site.css">'
    : `<style>${css.replaceAll('</', '<\\/')}</style>`
}
<link rel="modulepreload" href="${escapeHtml(script)}">
<script type="module" src="${escapeHtml(script)}"></script>
${jsonLd}<script type="application/json" id="page-data">${serializeForScript(shown)}</script>
</head>
<body>
${body}
</body>
</html>
`;
  return { html, csp: contentSecurityPolicy(html) };
}
