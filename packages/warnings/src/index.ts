export { StadtWarnings } from './warnings.js';
export { StadtWarningsChangeEvent, type WarningsState } from './warnings.events.js';
export { BRIGHT_SKY_BASE_URL, DWD_WARNINGS_URL, NINA_WARNINGS_URL } from './source.js';
export { OFFENBACH_WARN_CELL } from '@stadtkit/model';
export { messages, type Messages } from './messages.js';
