/** Fired when the image cannot be loaded; the element then shows a sized placeholder with the alt text. */
export class StadtPhotoErrorEvent extends Event {
  static readonly eventName = 'stadt-photo-error';
  /** The URL that failed. */
  readonly src: string;
  constructor(src: string) {
    super(StadtPhotoErrorEvent.eventName, { bubbles: true, composed: true });
    this.src = src;
  }
}

/** Fired when the zoom dialog opens or closes. */
export class StadtPhotoZoomEvent extends Event {
  static readonly eventName = 'stadt-photo-zoom';
  readonly open: boolean;
  constructor(open: boolean) {
    super(StadtPhotoZoomEvent.eventName, { bubbles: true, composed: true });
    this.open = open;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stadt-photo-error': StadtPhotoErrorEvent;
    'stadt-photo-zoom': StadtPhotoZoomEvent;
  }
}
