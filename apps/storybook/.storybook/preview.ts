import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { manifest } from '../src/manifest.js';
import '@stadtkit/tokens/css/themes.css';
import './preview.css';
import { locales, themes, type Locale, type ThemeName } from '../src/tokens.js';

setCustomElementsManifest(manifest);
// The API tables name each member once, without "arg ref" notes (the keys are internal to Storybook).
setStorybookHelpersConfig({ hideArgRef: true });

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in locales;
}
function isTheme(value: unknown): value is ThemeName {
  return typeof value === 'string' && value in themes;
}

/** A toolbar switch with the values "aus" and "an". */
function onOff(
  title: string,
  icon: 'moon' | 'contrast',
  description: string,
  [off, on]: [string, string],
) {
  return {
    description,
    toolbar: {
      title,
      icon,
      items: [
        { value: 'aus', title: off },
        { value: 'an', title: on },
      ],
      dynamicTitle: true,
    },
  };
}

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'none' },
    docs: { toc: { headingSelector: 'h2, h3' } },
    options: {
      storySort: {
        order: [
          'Einführung',
          'Grundlagen',
          'Seiten',
          'Komponenten',
          // Storybook reads this statically: it must be written out inline.
          [
            'Wetter (stadt-weather-status)',
            ['Leitfaden', 'Varianten', 'Zustände', 'Robustheit'],
            'Warnungen (stadt-warnings)',
            ['Leitfaden', 'Varianten', 'Zustände', 'Robustheit'],
            'Foto (stadt-photo)',
            ['Leitfaden', 'Varianten', 'Zustände', 'Robustheit'],
            'Meldung: Teaser (stadt-news-teaser)',
            ['Leitfaden', 'Varianten', 'Zustände', 'Robustheit'],
            'Meldungsliste (stadt-news-list)',
            ['Leitfaden', 'Varianten', 'Zustände', 'Robustheit'],
          ],
        ],
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Sprache der Komponenten (das lang-Attribut um die Story)',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: Object.entries(locales).map(([value, title]) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Stadtdesign: nur CSS Custom Properties ändern sich (aus @stadtkit/tokens)',
      toolbar: {
        title: 'Stadtdesign',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.title })),
        dynamicTitle: true,
      },
    },
    dark: onOff(
      'Dunkler Modus',
      'moon',
      'Dunkler Modus, wie ihn eine Seite mit color-scheme-auto.css zeigt, wenn Lesende dunkel bevorzugen',
      ['Hell (wie das Stadtdesign)', 'Dunkel (Leserwunsch)'],
    ),
    forcedColors: onOff(
      'Erzwungene Farben',
      'contrast',
      'Vorschau erzwungener Farben (Windows-Kontrastdesigns): die Tokens als Systemfarben. Echt prüfen: DevTools › Rendering › forced-colors',
      ['Aus', 'Vorschau: Systemfarben'],
    ),
  },
  initialGlobals: { locale: 'de', theme: 'offenbach', dark: 'aus', forcedColors: 'aus' },
  decorators: [
    (story, context) => {
      const locale = isLocale(context.globals.locale) ? context.globals.locale : 'de';
      const theme = isTheme(context.globals.theme) ? context.globals.theme : 'offenbach';
      const dark = context.globals.dark === 'an';
      const forced = context.globals.forcedColors === 'an';
      // The story page's own language, for screen readers and axe-core's html-has-lang.
      document.documentElement.lang = locale;
      // keyed: a new locale or theme renders the story afresh, as a page in that language would.
      return html`${keyed(
        `${locale}:${theme}:${dark}:${forced}`,
        html`<div
          class="stadt-story"
          data-theme=${theme}
          data-stadt-theme=${dark ? 'dark' : theme}
          data-forced-colors=${ifDefined(forced ? '' : undefined)}
          lang=${locale}
        >
          ${story()}
        </div>`,
      )}`;
    },
  ],
};
export default preview;
