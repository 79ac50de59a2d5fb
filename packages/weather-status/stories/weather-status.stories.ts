import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@stadtkit/weather-status/define.js';

interface Args {
  temperature: number | undefined;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Components/Weather status',
  component: 'stadt-weather-status',
  args: { temperature: 7, lang: 'de' },
  argTypes: {
    temperature: { control: 'number', description: 'Air temperature in °C' },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
  render: ({ temperature, lang }) =>
    html`<stadt-weather-status
      lang=${lang}
      temperature=${ifDefined(temperature)}
    ></stadt-weather-status>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Fresh: Story = {};
export const BelowZero: Story = { args: { temperature: -3 } };
export const Unavailable: Story = { args: { temperature: undefined } };
export const English: Story = { args: { lang: 'en' } };
