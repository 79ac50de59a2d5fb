// For bundlers: import this before any element module on pages with server-rendered elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { applyServerProps } from './server-props.js';

applyServerProps();

export { applyServerProps };
