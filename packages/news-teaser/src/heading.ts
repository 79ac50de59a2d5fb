import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading of the level the page needs (1–6), or a paragraph for level 0 / anything else. One template per
 * level keeps templates static (no tag-name bindings).
 */
export function heading(
  level: number,
  content: unknown,
  { part, className, id }: { part: string; className: string; id?: string },
): TemplateResult {
  switch (Math.trunc(level)) {
    case 1:
      return html`<h1 part=${part} class=${className} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${className} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} id=${ifDefined(id)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${className} id=${ifDefined(id)}>${content}</h6>`;
    default:
      return html`<p part=${part} class=${className} id=${ifDefined(id)}>${content}</p>`;
  }
}
