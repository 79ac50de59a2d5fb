export { StadtWarnings } from '@stadtkit/warnings/define.js';
