import { describe, expect, it } from 'vitest';
import { rateLimitedErrors } from '../src/log.js';

describe('rateLimitedErrors', () => {
  it('writes the first error of a window in full and sums up the rest once', () => {
    const lines: unknown[] = [];
    let time = 0;
    const log = rateLimitedErrors(
      (line) => lines.push(line),
      10_000,
      () => time,
    );
    const error = new Error('boom');
    for (let i = 0; i < 1_000; i++) log(error);
    expect(lines).toEqual([error]);
    time = 10_000;
    log(error);
    expect(lines).toEqual([error, '… 999 more error(s) in the last 10 s not logged', error]);
    time = 30_000;
    log(error);
    expect(lines).toHaveLength(4);
  });
});
