export declare const RECORDED_AT: number;
export declare function recording(name: string): unknown;
export declare function shiftDates<T>(value: T, offsetMs: number): T;
export type WarningsScenario =
  | 'dwd-none'
  | 'dwd-minor'
  | 'dwd-several'
  | 'dwd-expired'
  | 'dwd-test'
  | 'dwd-english-only'
  | 'dwd-no-instruction'
  | 'dwd-html'
  | 'dwd-garbage-dates'
  | 'dwd-duplicates'
  | 'nina-dashboard-none'
  | 'nina-dashboard-active'
  | '500'
  | 'html'
  | 'malformed'
  | 'huge'
  | 'hang';
export declare function replayWarnings(
  url: string,
  options?: { dwd?: WarningsScenario; nina?: WarningsScenario; now?: number },
): { status: number; headers: Record<string, string>; body: string } | undefined;
