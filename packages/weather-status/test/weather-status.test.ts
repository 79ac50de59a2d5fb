import {
  cleanupFixtures,
  expectNoAxeViolations,
  fixture,
  spokenText,
  visibleText,
} from '@stadtkit/testing';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.js';
import { StadtWeatherStatus } from '../src/index.js';

afterEach(cleanupFixtures);

describe('<stadt-weather-status>', () => {
  it('is defined and an instance of its class', async () => {
    const el = await fixture(html`<stadt-weather-status></stadt-weather-status>`);
    expect(customElements.get('stadt-weather-status')).toBe(StadtWeatherStatus);
    expect(el).toBeInstanceOf(StadtWeatherStatus);
  });

  it.each([
    [7, 'Aktuelles Wetter: 7 °C'],
    [-3.4, 'Aktuelles Wetter: \u22123 °C'],
    [0, 'Aktuelles Wetter: 0 °C'],
  ])('shows %s as "%s"', async (temperature, expected) => {
    const el = await fixture(
      html`<stadt-weather-status .temperature=${temperature}></stadt-weather-status>`,
    );
    expect(visibleText(el)).toBe(expected);
  });

  it.each([[undefined], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'never shows a bare unit for %s',
    async (temperature) => {
      const el = await fixture(
        html`<stadt-weather-status .temperature=${temperature}></stadt-weather-status>`,
      );
      expect(visibleText(el)).toBe('Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar');
      expect(visibleText(el)).not.toContain('°C');
    },
  );

  it('reads the temperature attribute and reflects the property', async () => {
    const el = await fixture<StadtWeatherStatus>(
      html`<stadt-weather-status temperature="12"></stadt-weather-status>`,
    );
    expect(el.temperature).toBe(12);
    el.temperature = 4;
    await el.updateComplete;
    expect(el.getAttribute('temperature')).toBe('4');
  });

  it('speaks negative temperatures in words', async () => {
    const el = await fixture(
      html`<stadt-weather-status .temperature=${-3}></stadt-weather-status>`,
    );
    expect(spokenText(el)).toBe('Aktuelles Wetter: minus 3 Grad Celsius');
  });

  it('uses English text inside lang="en"', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><stadt-weather-status .temperature=${7}></stadt-weather-status></div>`,
    );
    const el = wrapper.querySelector('stadt-weather-status');
    expect(el && visibleText(el)).toBe('Current weather: 7 °C');
  });

  it('has no axe-core violations with and without data', async () => {
    const wrapper = await fixture(
      html`<div>
        <stadt-weather-status .temperature=${7}></stadt-weather-status>
        <stadt-weather-status></stadt-weather-status>
      </div>`,
    );
    await expectNoAxeViolations(wrapper);
  });
});
