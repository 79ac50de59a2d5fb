export { StadtPhoto, type PhotoPlacement, type PhotoState } from './photo.js';
export { StadtPhotoErrorEvent, StadtPhotoZoomEvent } from './photo.events.js';
export { normalizePhoto, parseSrcset, type Normalized, type NormalizedPhoto } from './normalize.js';
export { messages } from './messages.js';
