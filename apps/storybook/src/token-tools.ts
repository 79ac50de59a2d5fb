// The "Tokens und Stadtdesign" page's two tools, generated from @stadtkit/tokens: swatches with their contrast
// ratios in every theme, and a live editor that exports a city theme's CSS. Both render into the light DOM,
// so the page's theme selectors ([data-stadt-theme=…]) and the components' custom properties reach them.
import { colourIn, contrastRatio, resolveColor } from '@stadtkit/testing';
import { element, storyMarkup } from '@stadtkit/testing/storybook';
import { themeNames, themes as tokenThemes, tokens } from '@stadtkit/tokens';
import { LitElement, html, nothing } from 'lit';
import { photoArgs, photoMarkup } from '../../../packages/photo/stories/photo.markup.js';
import {
  teaserMarkup,
  teaserArgs,
  weihnachtsmarkt,
} from '../../../packages/news-teaser/stories/news-teaser.markup.js';
import { themes as titledThemes } from './tokens.js';

const colourTokens = tokens.filter((token) => token.type === 'color');
const spaceTokens = tokens.filter((token) => token.type === 'dimension');

/** What a pair must reach (WCAG 2.2: 4.5:1 text, 3:1 non-text such as the focus ring). */
const required = (nonText: boolean) => (nonText ? 3 : 4.5);

function hex(colour: string): string {
  const [r, g, b] = resolveColor(colour);
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const ratioText = (ratio: number) => `${ratio.toFixed(1).replace('.', ',')}:1`;

/**
 * Swatches: every colour token in every theme, with its value and its contrast on each surface it is drawn on;
 * the spacing scale; the type scale of the components.
 */
export class TokenSwatches extends LitElement {
  static override properties = { ratios: { state: true } };
  declare ratios: Record<string, { surface: string; ratio: number; ok: boolean }[]>;

  constructor() {
    super();
    this.ratios = {};
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override firstUpdated() {
    const ratios: TokenSwatches['ratios'] = {};
    for (const theme of themeNames) {
      const scope = this.querySelector(`[data-stadt-theme="${theme}"]`);
      if (!scope) continue;
      for (const token of colourTokens) {
        ratios[`${theme}:${token.name}`] = token.on.map((surface) => {
          const ratio = contrastRatio(
            colourIn(scope, `var(${token.name})`),
            colourIn(scope, `var(--stadt-color-${surface})`),
          );
          return { surface, ratio, ok: ratio >= required(token.nonText) };
        });
      }
    }
    this.ratios = ratios;
  }

  override render() {
    return html`
      <div class="token-table-scroll" role="group" aria-label="Farben je Stadtdesign" tabindex="0">
        <table class="token-table">
          <caption>
            Farb-Tokens je Stadtdesign: Wert und Kontrast auf den Flächen, auf denen die Farbe steht
            (Text mindestens 4,5:1, Fokusring 3:1)
          </caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              ${themeNames.map((theme) => html`<th scope="col">${titledThemes[theme].title}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${colourTokens.map(
              (token) =>
                html`<tr>
                  <th scope="row">
                    <code>${token.name}</code><br /><span class="token-note"
                      >${token.description}</span
                    >
                  </th>
                  ${themeNames.map(
                    (theme) =>
                      html`<td data-stadt-theme=${theme} data-token=${token.name}>
                        <span class="swatch" style="background: var(${token.name})"></span>
                        <code>${tokenThemes[theme][token.name]}</code>
                        ${(this.ratios[`${theme}:${token.name}`] ?? []).map(
                          ({ surface, ratio, ok }) =>
                            html`<br /><span class="ratio" data-surface=${surface} data-ok=${ok}
                                >${ratioText(ratio)} auf ${surface} ${ok ? '✓' : '✗ zu wenig'}</span
                              >`,
                        )}
                      </td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h3>Abstände</h3>
      <div class="token-table-scroll" role="group" aria-label="Abstände" tabindex="0">
        <table class="token-table">
          <caption>
            Abstands-Tokens (Werte im Stadtdesign Offenbach; die Balken zeigen die Größe)
          </caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Wofür</th>
              <th scope="col">Wert</th>
              <th scope="col">Größe</th>
            </tr>
          </thead>
          <tbody>
            ${spaceTokens.map(
              (token) =>
                html`<tr data-stadt-theme="offenbach">
                  <th scope="row"><code>${token.name}</code></th>
                  <td>${token.description}</td>
                  <td><code>${tokenThemes.offenbach[token.name]}</code></td>
                  <td><span class="space-bar" style="inline-size: var(${token.name})"></span></td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h3>Schriftgrößen</h3>
      <p>
        Die Komponenten erben Schrift und Grundgröße der Seite; ihre Größen sind relativ (em) und
        über eigene Custom Properties einstellbar:
      </p>
      <ul class="type-scale">
        ${TYPE_SCALE.map(
          ([name, size, use]) =>
            html`<li>
              <span style="font-size: ${size}">${use}</span> <code>${name}: ${size}</code>
            </li>`,
        )}
      </ul>
    `;
  }
}

/** The components' own type sizes (their custom properties' defaults in the manifests). */
const TYPE_SCALE: [string, string, string][] = [
  ['--stadt-news-teaser-headline-size', '1.2em', 'Überschrift im Teaser'],
  ['(Grundgröße der Seite)', '1em', 'Text, Wetterwert, Anrisstext'],
  ['--stadt-photo-caption-font-size', '0.9em', 'Bildunterschrift'],
  ['--stadt-photo-credit-font-size', '0.85em', 'Bildnachweis (relativ zur Unterschrift)'],
];

/**
 * The live editor: colours and spacing of a city theme, a preview with the components, each contrast pair
 * checked as you choose, and the theme's CSS to copy.
 */
export class ThemeEditor extends LitElement {
  static override properties = { values: { state: true }, copied: { state: true } };
  declare values: Record<string, string>;
  declare copied: boolean;

  constructor() {
    super();
    this.values = {};
    this.copied = false;
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Start from the Musterstadt theme, resolved to hex for the colour inputs.
    const values: Record<string, string> = {};
    for (const token of tokens) {
      const value = tokenThemes.musterstadt[token.name];
      values[token.name] = token.type === 'color' ? hex(value) : value;
    }
    this.values = values;
  }

  /** The theme's CSS, as the city puts it into one small file. */
  get css(): string {
    const lines = tokens.map((token) => `  ${token.name}: ${this.values[token.name] ?? ''};`);
    return `:root {\n${lines.join('\n')}\n}\n`;
  }

  #set(name: string, value: string) {
    this.values = { ...this.values, [name]: value };
    this.copied = false;
  }

  async #copy() {
    await navigator.clipboard?.writeText(this.css).catch(() => undefined);
    this.copied = true;
  }

  #checks() {
    return colourTokens.flatMap((token) =>
      token.on.map((surface) => {
        const ratio = contrastRatio(
          this.values[token.name] ?? '#000',
          this.values[`--stadt-color-${surface}`] ?? '#fff',
        );
        return { token: token.name, surface, ratio, ok: ratio >= required(token.nonText) };
      }),
    );
  }

  override render() {
    if (Object.keys(this.values).length === 0) return nothing;
    const style = tokens.map((token) => `${token.name}: ${this.values[token.name]}`).join('; ');
    const failing = this.#checks().filter((check) => !check.ok);
    return html`
      <div class="theme-editor">
        <fieldset>
          <legend>Farben und Abstände Ihrer Stadt</legend>
          ${tokens.map(
            (token) =>
              html`<p>
                <label for="editor${token.name}"
                  ><code>${token.name}</code> – ${token.description}</label
                ><br />
                <input
                  id="editor${token.name}"
                  type=${token.type === 'color' ? 'color' : 'text'}
                  .value=${this.values[token.name] ?? ''}
                  @input=${(event: Event) =>
                    this.#set(token.name, (event.target as HTMLInputElement).value)}
                />
              </p>`,
          )}
        </fieldset>
        <div class="theme-editor__result">
          <h3>Vorschau</h3>
          <div
            class="theme-editor__preview stadt-story"
            data-stadt-theme="offenbach"
            style=${style}
          >
            ${storyMarkup(
              element('div', { class: 'theme-editor__cards' }, [
                teaserMarkup(teaserArgs(weihnachtsmarkt, 'weihnachtsmarkt')),
                weihnachtsmarkt.photo && photoMarkup(photoArgs(weihnachtsmarkt.photo)),
              ]),
            )}
          </div>
          <h3>Kontrast</h3>
          <p class="theme-editor__status" role="status">
            ${
              failing.length === 0
                ? 'Alle Farbpaare erreichen WCAG 2.2 AA.'
                : `${failing.length} Farbpaare erreichen WCAG 2.2 AA nicht: ${failing
                    .map((f) => `${f.token} auf ${f.surface} (${ratioText(f.ratio)})`)
                    .join(', ')}.`
            }
          </p>
          <h3>CSS Ihres Stadtdesigns</h3>
          <pre class="theme-editor__css" tabindex="0" aria-label="CSS des Stadtdesigns"><code>${
            this.css
          }</code></pre>
          <button type="button" @click=${() => this.#copy()}>CSS kopieren</button>
          <span role="status">${this.copied ? 'Kopiert.' : ''}</span>
        </div>
      </div>
    `;
  }
}

customElements.define('stadt-sb-token-swatches', TokenSwatches);
customElements.define('stadt-sb-theme-editor', ThemeEditor);
