import type { Photo } from '@stadtkit/model';
import { inject } from 'vitest';

/** The local image server (test/server/global-setup.ts). */
export const imageBase = inject('imageBase');

/** A photo whose sources point at the local image server; `delay` (ms) serves them slowly. */
export function served(photo: Photo, delay = 0): Photo {
  const prefix = delay ? `${imageBase}/slow/${delay}/` : `${imageBase}/`;
  return {
    ...photo,
    sources: photo.sources.map((s) => ({ ...s, url: prefix + s.url.split('/').pop() })),
  };
}
