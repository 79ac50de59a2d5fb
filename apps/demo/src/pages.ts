import {
  formatDate,
  machineDateTime,
  type Block,
  type NewsTeaser,
  type PressRelease,
} from '@stadtkit/model';
import { html, nothing, type TemplateResult } from 'lit';
import { SITE_NAME, type PageData } from './data.js';

function block(item: Block): TemplateResult {
  switch (item.type) {
    case 'paragraph':
      return html`<p>${item.text}</p>`;
    case 'heading':
      return item.level === 2 ? html`<h2>${item.text}</h2>` : html`<h3>${item.text}</h3>`;
    case 'list':
      return item.ordered
        ? html`<ol>
            ${item.items.map((entry) => html`<li>${entry}</li>`)}
          </ol>`
        : html`<ul>
            ${item.items.map((entry) => html`<li>${entry}</li>`)}
          </ul>`;
    case 'quote':
      return html`<figure class="quote">
        <blockquote><p>${item.text}</p></blockquote>
        ${
          item.speaker
            ? html`<figcaption>
                ${item.speaker.name}${item.speaker.role ? html`, <span>${item.speaker.role}</span>` : nothing}
              </figcaption>`
            : nothing
        }
      </figure>`;
  }
}

function breadcrumb(items: { label: string; href?: string }[]): TemplateResult {
  return html`<nav class="breadcrumb" aria-label="Brotkrumennavigation">
    <ol>
      ${items.map((item) =>
        item.href
          ? html`<li><a href=${item.href}>${item.label}</a></li>`
          : html`<li aria-current="page">${item.label}</li>`,
      )}
    </ol>
  </nav>`;
}

function releaseContent(release: PressRelease): TemplateResult {
  const [photo] = release.photos;
  const date = formatDate(release.datePublished);
  return html`${breadcrumb([
      { label: 'Startseite', href: '/' },
      { label: 'Presse', href: '/presse' },
      { label: release.headline },
    ])}
    <article class="release">
      <header class="release-header">
        ${release.kicker ? html`<p class="kicker">${release.kicker}</p>` : nothing}
        <h1>${release.headline}</h1>
        ${release.subline ? html`<p class="subline">${release.subline}</p>` : nothing}
      </header>
      ${photo ? html`<stadt-photo class="lead-photo" loading="eager" zoom .photo=${photo}></stadt-photo>` : nothing}
      ${release.lead ? html`<p class="lead">${release.lead}</p>` : nothing}
      ${release.body.map(block)}
      <p class="dateline">
        ${release.dateline.place}${
          date
            ? html`, <time datetime=${machineDateTime(release.datePublished) ?? ''}>${date}</time>`
            : nothing
        }
      </p>
    </article>
    ${
      release.related.length > 0
        ? html`<stadt-news-list
            class="related"
            heading="Weitere Meldungen"
            layout="grid"
            more-href="/presse"
            more-label="Alle Pressemitteilungen"
            .teasers=${release.related}
          ></stadt-news-list>`
        : nothing
    }`;
}

function listContent(
  heading: string,
  teasers: NewsTeaser[],
  crumbs: { label: string; href?: string }[],
  intro?: TemplateResult,
) {
  return html`${breadcrumb(crumbs)}
    <h1>${heading}</h1>
    ${intro ?? nothing}
    <stadt-news-list
      layout="list"
      heading-level="1"
      empty-text="Keine passenden Meldungen gefunden."
      .teasers=${teasers}
    ></stadt-news-list>`;
}

function searchForm(query = ''): TemplateResult {
  return html`<form class="search" role="search" action="/suche" method="get">
    <label for="suche">Suche</label>
    <input id="suche" name="q" type="search" autocomplete="off" value=${query} maxlength="200" />
    <button type="submit">Suchen</button>
  </form>`;
}

function content(data: PageData): TemplateResult {
  switch (data.kind) {
    case 'release':
      return releaseContent(data.release);
    case 'search':
      if (data.prompt)
        return html`${breadcrumb([{ label: 'Startseite', href: '/' }, { label: 'Suche' }])}
          <h1>Suche</h1>
          <p>Bitte geben Sie einen Suchbegriff ein.</p>`;
      return listContent(
        data.query ? `Suchergebnisse für „${data.query}“` : 'Pressemitteilungen',
        data.results,
        data.query
          ? [{ label: 'Startseite', href: '/' }, { label: 'Suche' }]
          : [{ label: 'Startseite', href: '/' }, { label: 'Presse' }],
        data.query
          ? html`<p class="result-count">
              ${data.results.length === 1 ? '1 Treffer' : `${data.results.length} Treffer`}
            </p>`
          : undefined,
      );
    case 'info':
      return html`${breadcrumb([{ label: 'Startseite', href: '/' }, { label: data.title }])}
        <h1>${data.title}</h1>
        ${data.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
        ${
          data.warningsInFull
            ? html`<stadt-warnings
                variant="full"
                heading-level="2"
                base-url="/stadtkit"
                region="064130000000"
                location-name="Offenbach am Main"
                .initialWarnings=${data.warnings}
              ></stadt-warnings>`
            : nothing
        }
        ${(data.sections ?? []).map(
          (section) =>
            html`<h2>${section.heading}</h2>
              ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
              ${
                section.links
                  ? html`<ul>
                      ${section.links.map(
                        (link) =>
                          html`<li>
                            <a href=${link.href}>${link.label}</a
                            >${link.external ? ' (externe Website)' : nothing}
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }`,
        )}
        ${data.notFound ? html`<p><a href="/">Zur Startseite</a></p>` : nothing}`;
  }
}

/** The page body: skip links, header, main content, footer. Rendered on the server and hydrated in the browser. */
export function page(data: PageData): TemplateResult {
  const query = data.kind === 'search' ? data.query : '';
  return html`<nav class="skip-links" aria-label="Sprungmarken">
      <ul>
        <li><a class="skip-link" href="#inhalt">Zum Inhalt springen</a></li>
        <li><a class="skip-link" href="#suche">Zur Suche</a></li>
      </ul>
    </nav>
    <header class="site-header">
      <a class="logo" href="/"
        ><img
          src="/media/stadt-offenbach-logo.svg"
          width="240"
          height="48"
          alt="${SITE_NAME} – Startseite"
      /></a>
      <stadt-weather-status
        class="weather"
        base-url="/stadtkit/brightsky"
        location-name="Offenbach am Main"
        .initialObservation=${data.weather}
      ></stadt-weather-status>
      <stadt-warnings
        class="warnings"
        base-url="/stadtkit"
        region="064130000000"
        location-name="Offenbach am Main"
        details-href="/warnungen"
        .initialWarnings=${data.warnings}
      ></stadt-warnings>
      ${searchForm(query)}
    </header>
    <main id="inhalt" tabindex="-1">${content(data)}</main>
    <footer class="site-footer">
      <nav aria-label="Service">
        <ul>
          <li><a href="/impressum">Impressum</a></li>
          <li><a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></li>
          <li><a href="/datenschutz">Datenschutz</a></li>
        </ul>
      </nav>
      <p>
        © Stadt Offenbach am Main · Demo von Stadtkit (EUPL-1.2) · Wetterdaten: Deutscher
        Wetterdienst
      </p>
    </footer>`;
}
