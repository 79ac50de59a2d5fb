import { html } from 'lit';
import '@stadtkit/weather-status/define.js';

/** The body of the demo page as a Lit template, rendered on the server and hydrated in the browser. */
export function page() {
  return html`<nav class="skip-links" aria-label="Sprungmarken">
      <a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
    </nav>
    <header class="site-header">
      <p class="site-name">Stadt Offenbach am Main</p>
      <stadt-weather-status
        base-url="/api/weather"
        location-name="Offenbach am Main"
      ></stadt-weather-status>
    </header>
    <main id="inhalt" tabindex="-1">
      <h1>Stadtkit-Demo</h1>
      <p>
        Die Pressemitteilung der Stadt Offenbach am Main vom 12. November 2019, neu gebaut mit
        Stadtkit-Komponenten.
      </p>
    </main>`;
}
