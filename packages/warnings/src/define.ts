import { StadtWarnings } from './warnings.js';

if (!customElements.get('stadt-warnings')) {
  customElements.define('stadt-warnings', StadtWarnings);
}

declare global {
  interface HTMLElementTagNameMap {
    'stadt-warnings': StadtWarnings;
  }
}

export { StadtWarnings };
