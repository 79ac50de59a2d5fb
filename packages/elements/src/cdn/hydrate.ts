// Load before any element module on pages with server-rendered elements (the autoloader does it for you):
// Lit's hydration support must be installed before LitElement is evaluated.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { applyServerProps } from '../server-props.js';

applyServerProps();

export { applyServerProps };
