import type { Warning } from '@stadtkit/model';

/** The states of `<stadt-warnings>`. */
export type WarningsState = 'loading' | 'none' | 'active' | 'unavailable' | 'stale';

/**
 * Fired when the element's state changes (loading → active, active → none when the last warning expires, … →
 * unavailable). Not fired by a refresh that keeps the state. Bubbles and crosses shadow roots.
 */
export class StadtWarningsChangeEvent extends Event {
  static readonly eventName = 'stadt-warnings-change';
  readonly state: WarningsState;
  readonly previousState: WarningsState;
  /** The warnings shown (current ones only, most severe first). */
  readonly warnings: readonly Warning[];
  /** The sources that could not be asked ("dwd", "nina"), for logs. */
  readonly failed: readonly string[];

  constructor(init: {
    state: WarningsState;
    previousState: WarningsState;
    warnings: readonly Warning[];
    failed: readonly string[];
  }) {
    super(StadtWarningsChangeEvent.eventName, { bubbles: true, composed: true });
    this.state = init.state;
    this.previousState = init.previousState;
    this.warnings = init.warnings;
    this.failed = init.failed;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stadt-warnings-change': StadtWarningsChangeEvent;
  }
}
