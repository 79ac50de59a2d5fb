import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { manifest } from '../src/manifest.js';
import '@stadtkit/tokens/css/themes.css';
import './preview.css';
import { locales, themes, type Locale, type ThemeName } from '../src/tokens.js';

setCustomElementsManifest(manifest);

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in locales;
}
function isTheme(value: unknown): value is ThemeName {
  return typeof value === 'string' && value in themes;
}

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
    options: { storySort: { order: ['Einführung', 'Components'] } },
  },
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the components (the lang attribute around the story)',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: Object.entries(locales).map(([value, title]) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'City theme: only CSS custom properties change',
      toolbar: {
        title: 'Stadtdesign',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de', theme: 'offenbach' },
  decorators: [
    (story, context) => {
      const locale = isLocale(context.globals.locale) ? context.globals.locale : 'de';
      const theme = isTheme(context.globals.theme) ? context.globals.theme : 'offenbach';
      // The story page's own language, for screen readers and axe-core's html-has-lang.
      document.documentElement.lang = locale;
      // keyed: a new locale or theme renders the story afresh, as a page in that language would.
      return html`${keyed(
        `${locale}:${theme}`,
        html`<div class="stadt-story" data-theme=${theme} data-stadt-theme=${theme} lang=${locale}>
          ${story()}
        </div>`,
      )}`;
    },
  ],
};
export default preview;
