// "Tokens und Stadtdesign": every token of @stadtkit/tokens with its value and contrast in every theme, and a
// live editor that exports a city theme's CSS.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './token-tools.js';
import './token-tools.css';

const meta: Meta = {
  title: 'Grundlagen/Tokens und Stadtdesign',
  id: 'tokens',
  tags: ['!autodocs'],
  parameters: { docs: { source: { code: null } } },
};
export default meta;

type Story = StoryObj;

/** Farben mit Kontrastwerten je Stadtdesign, Abstände und Schriftgrößen. */
export const Swatches: Story = {
  name: 'Farben, Abstände, Schriftgrößen (swatches)',
  render: () => html`<stadt-sb-token-swatches></stadt-sb-token-swatches>`,
};

/** Ein eigenes Stadtdesign: Farben wählen, Kontrast sehen, CSS kopieren. */
export const ThemeEditor: Story = {
  name: 'Eigenes Stadtdesign (theme editor)',
  render: () => html`<stadt-sb-theme-editor></stadt-sb-theme-editor>`,
};
