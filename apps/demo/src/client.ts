// Hydration support must load before any Lit element is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@stadtkit/weather-status/define.js';
