export { StadtWarnings } from './warnings.js';
export { StadtWarningsChangeEvent, type WarningsState } from './warnings.events.js';
export {
  BRIGHT_SKY_BASE_URL,
  DWD_WARNINGS_URL,
  NINA_WARNINGS_URL,
  OFFENBACH_WARN_CELL,
} from './source.js';
export { messages, type Messages } from './messages.js';
