/**
 * A logger for errors a client can cause again and again: within one window, the first error is written in
 * full, the rest are counted and summed up in one line when the next window opens. A flood of bad requests
 * cannot fill the disk or drown the one message that matters.
 */
export function rateLimitedErrors(
  write: (...data: unknown[]) => void = console.error,
  windowMs = 10_000,
  now: () => number = Date.now,
): (error: unknown) => void {
  let windowStart = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (error) => {
    const time = now();
    if (time - windowStart < windowMs) {
      suppressed += 1;
      return;
    }
    if (suppressed > 0)
      write(
        `… ${suppressed} more error(s) in the last ${Math.round(windowMs / 1000)} s not logged`,
      );
    windowStart = time;
    suppressed = 0;
    write(error);
  };
}
