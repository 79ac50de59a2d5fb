import { StadtPhoto } from './photo.js';

if (!customElements.get('stadt-photo')) {
  customElements.define('stadt-photo', StadtPhoto);
}

declare global {
  interface HTMLElementTagNameMap {
    'stadt-photo': StadtPhoto;
  }
}

export { StadtPhoto };
