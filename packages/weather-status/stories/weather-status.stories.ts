import type { WeatherObservation } from '@stadtkit/model';
import {
  frostyWeather,
  offenbachWeather,
  weatherWithoutTemperature,
} from '@stadtkit/model/fixtures';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@stadtkit/weather-status/define.js';
import type { WeatherProvider } from '@stadtkit/weather-status';

interface Args {
  observation: WeatherObservation | null | undefined;
  initialObservation: WeatherObservation | undefined;
  provider: WeatherProvider | undefined;
  /** The clock the story renders at (ISO date-time). */
  now: string;
  locationName: string;
  staleAfter: number;
}

/** A provider that never answers: the loading state, as a designer sees it while the request runs. */
const pending: WeatherProvider = {
  key: 'story:pending',
  remote: false,
  load: () => new Promise(() => {}),
};

const meta: Meta<Args> = {
  title: 'Components/Weather status',
  component: 'stadt-weather-status',
  args: {
    observation: offenbachWeather,
    initialObservation: undefined,
    provider: undefined,
    now: '2019-11-12T14:20:00+01:00',
    locationName: 'Offenbach am Main',
    staleAfter: 90,
  },
  argTypes: {
    observation: {
      control: 'object',
      description: 'A WeatherObservation (static provider); null = no data',
    },
    initialObservation: {
      control: 'object',
      description: 'A value the page already has (server-rendered); shown until the source answers',
    },
    provider: { control: false },
    now: { control: 'text', description: 'The time the story renders at' },
    locationName: { control: 'text', name: 'location-name' },
    staleAfter: { control: { type: 'number', min: 1 }, name: 'stale-after' },
  },
  render: ({ observation, initialObservation, provider, now, locationName, staleAfter }) =>
    html`<stadt-weather-status
      location-name=${locationName}
      stale-after=${staleAfter}
      .now=${() => Date.parse(now)}
      .provider=${provider}
      .initialObservation=${initialObservation}
      .observation=${provider ? undefined : observation}
    ></stadt-weather-status>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Measured twenty minutes ago: value, condition and icon. */
export const Fresh: Story = {};

/** Older than `stale-after`: the value is shown with its time. */
export const Stale: Story = { args: { now: '2019-11-12T18:00:00+01:00' } };

/** Stale from another day: date and time. */
export const StaleFromYesterday: Story = { args: { now: '2019-11-13T09:00:00+01:00' } };

/** While the request runs: the space is reserved, screen readers hear "Wetterdaten werden geladen". */
export const Loading: Story = { args: { provider: pending } };

/**
 * The value the server rendered into the page (`initialObservation`, e.g. from @stadtkit/proxy), shown at once
 * while the element asks its source again (here a source that has not answered yet).
 */
export const ServerRenderedValue: Story = {
  args: { provider: pending, initialObservation: offenbachWeather },
};

/** No data: said in words, never a bare unit, never an empty box. */
export const Unavailable: Story = { args: { observation: null } };

/** The station reported a condition but no temperature. */
export const PartialWithoutTemperature: Story = {
  args: { observation: weatherWithoutTemperature },
};

/** A temperature but no condition or icon. */
export const PartialWithoutCondition: Story = {
  args: { observation: { ...offenbachWeather, condition: undefined, icon: undefined } },
};

/** Below zero: a real minus sign, read as "minus". */
export const BelowZero: Story = {
  args: { observation: frostyWeather, now: '2019-12-03T08:30:00+01:00' },
};

/** The toolbar's locale switched to English for this story. */
export const English: Story = { globals: { locale: 'en' } };
