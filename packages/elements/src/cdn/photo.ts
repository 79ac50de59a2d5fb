export { StadtPhoto } from '@stadtkit/photo/define.js';
