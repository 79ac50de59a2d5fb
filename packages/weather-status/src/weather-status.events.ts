import type { WeatherObservation } from '@stadtkit/model';

/** The states of `<stadt-weather-status>`. */
export type WeatherState = 'loading' | 'fresh' | 'stale' | 'unavailable';

/**
 * Fired when the element's state changes (loading → fresh, fresh → stale, … → unavailable). Not fired by a
 * refresh that keeps the state. Bubbles and crosses shadow roots.
 */
export class StadtWeatherStatusChangeEvent extends Event {
  static readonly eventName = 'stadt-weather-status-change';
  readonly state: WeatherState;
  readonly previousState: WeatherState;
  /** The observation shown, if any. */
  readonly observation: WeatherObservation | undefined;
  /** Why data is missing, for logs (e.g. "HTTP 500", "malformed JSON"); undefined when data is shown. */
  readonly reason: string | undefined;

  constructor(init: {
    state: WeatherState;
    previousState: WeatherState;
    observation?: WeatherObservation | undefined;
    reason?: string | undefined;
  }) {
    super(StadtWeatherStatusChangeEvent.eventName, { bubbles: true, composed: true });
    this.state = init.state;
    this.previousState = init.previousState;
    this.observation = init.observation;
    this.reason = init.reason;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stadt-weather-status-change': StadtWeatherStatusChangeEvent;
  }
}
