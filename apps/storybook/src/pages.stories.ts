// Whole pages from the components, as a city's CMS would write them: the Offenbach press release of
// 12 November 2019 and a news overview. They reflow down to 320 px; "Show code" shows the page's HTML.
import { offenbachPressRelease } from '@stadtkit/model/fixtures';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  weatherMarkup,
  withWeatherData,
} from '../../../packages/weather-status/stories/weather-status.markup.js';
import { overviewMarkup, pressReleaseMarkup } from './pages.markup.js';
import './pages.css';

const weather = weatherMarkup({ 'location-name': '' });
/** The page's nodes, its weather element fed with the example data of a fresh measurement. */
const page = (markup: string) => html`${withWeatherData(markup, 'frisch')}`;

/** Composed pages: every component in the place a city's site puts it. */
const meta: Meta = {
  title: 'Seiten',
  id: 'seiten',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** Die Pressemitteilung vom 12. November 2019: Kopf mit Wetter, Artikel mit Aufmacherbild, Weitere Meldungen. */
export const PressRelease: Story = {
  name: 'Pressemitteilung (press release page)',
  render: () => page(pressReleaseMarkup(offenbachPressRelease, weather)),
  parameters: {
    docs: {
      source: { language: 'html', code: pressReleaseMarkup(offenbachPressRelease, weather) },
    },
  },
};

/** Die Presseübersicht: alle Meldungen im Raster, das sich nach der Breite richtet. */
export const NewsOverview: Story = {
  name: 'Meldungsübersicht (news overview)',
  render: () => page(overviewMarkup(weather)),
  parameters: { docs: { source: { language: 'html', code: overviewMarkup(weather) } } },
};
