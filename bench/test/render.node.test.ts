// The render comparison is only fair when every library renders the same content; this guards the guard.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertSameContent,
  compareRuns,
  quantile,
  ratioOfMedians,
  renderArgs,
  RUNS,
  schedule,
  summarize,
  traceBreakdown,
} from '../lib/render.mjs';

const row = (job: string, library: string, img: number, a: number, heading = 0) => ({
  job,
  library,
  median: 1,
  runs: [1],
  rendered: { img, a, heading },
});

describe('render bench content check', () => {
  it('accepts libraries that render the same images and links', () => {
    expect(() =>
      assertSameContent([
        row('teasers', 'plain', 0, 10),
        row('teasers', 'stadtkit', 0, 10),
        row('photos', 'plain', 10, 0),
        row('photos', 'stadtkit', 10, 0),
      ]),
    ).not.toThrow();
  });

  it('refuses a library that renders more (a teaser with a photo the others lack)', () => {
    expect(() =>
      assertSameContent([row('teasers', 'plain', 0, 10), row('teasers', 'stadtkit', 7, 10)]),
    ).toThrow('render teasers: stadtkit renders 7 <img> for 10 items, plain 0');
  });

  it('refuses a library that drops the links', () => {
    expect(() =>
      assertSameContent([row('teasers', 'plain', 0, 10), row('teasers', 'kolibri', 0, 0)]),
    ).toThrow(/kolibri renders 0 <a>/);
  });

  it('refuses a library whose cards show no headline (KoliBri without its inner kol-card-wc, until stop 31)', () => {
    expect(() =>
      assertSameContent([row('teasers', 'plain', 0, 10, 10), row('teasers', 'kolibri', 0, 10, 0)]),
    ).toThrow(
      'render teasers: kolibri renders 0 headings (h1–h6 with text) for 10 items, plain 10',
    );
  });
});

describe('noise-proof render numbers', () => {
  it('interleaves the libraries run by run, the start rotated every round', () => {
    expect(schedule(['plain', 'stadtkit', 'shoelace'], 4)).toEqual([
      ['plain', 'stadtkit', 'shoelace'],
      ['stadtkit', 'shoelace', 'plain'],
      ['shoelace', 'plain', 'stadtkit'],
      ['plain', 'stadtkit', 'shoelace'],
    ]);
  });

  it('summarizes runs as median and interquartile range', () => {
    expect(summarize([10, 12, 11, 30, 13])).toEqual({ median: 12, q1: 11, q3: 13, iqr: 2 });
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('pairs the runs by round and calls a difference noise while its 95 % interval holds 0', () => {
    // Every round is slower or faster as a whole (the machine); ours is 5 ms behind in every one of them.
    const machine = [300, 420, 350, 390, 310, 450, 330, 400, 360, 380, 340, 410];
    const theirs = machine;
    const behind = machine.map((t) => t + 5);
    const slower = compareRuns(behind, theirs);
    expect(slower).toMatchObject({ difference: 5, low: 5, high: 5, verdict: 'slower' });
    // The medians alone (365 and 370) lie inside each other's interquartile range: no ranking without pairs.
    expect(compareRuns(theirs, behind).verdict).toBe('faster');
    // Differences of both signs: the interval holds 0.
    const mixed = machine.map((t, i) => t + (i % 2 === 0 ? 30 : -28));
    const noise = compareRuns(mixed, theirs);
    expect(noise.verdict).toBe('within noise');
    expect(noise.low).toBeLessThan(0);
    expect(noise.high).toBeGreaterThan(0);
    // Seeded: the same runs give the same interval.
    expect(compareRuns(mixed, theirs)).toEqual(noise);
    expect(() => compareRuns([1, 2], [1])).toThrow(/not paired/);
  });

  it('gives the ratio of two medians with its interval', () => {
    const plain = [20, 22, 24, 26, 28, 30, 32];
    const ours = plain.map((t) => t * 1.5);
    const { ratio, low, high } = ratioOfMedians(ours, plain);
    expect(ratio).toBeCloseTo(1.5);
    expect(low).toBeLessThanOrEqual(1.5);
    expect(high).toBeGreaterThanOrEqual(1.5);
    expect(low).toBeGreaterThan(1);
    expect(() => ratioOfMedians([], [])).toThrow(/not paired/);
  });
});

describe("the profile: where a run's time goes", () => {
  const mark = (message: string, ts: number, tid = 1) => ({
    name: 'TimeStamp',
    ph: 'I',
    pid: 7,
    tid,
    ts,
    args: { data: { message } },
  });
  const event = (name: string, ts: number, dur: number, tid = 1) => ({
    name,
    ph: 'X',
    pid: 7,
    tid,
    ts,
    dur,
  });

  it('counts self time by category: a forced layout inside script is layout, a DOM call is script', () => {
    const trace = {
      traceEvents: [
        event('FunctionCall', 0, 50), // before the window
        mark('start', 100),
        event('RunTask', 110, 400),
        event('FunctionCall', 120, 300), // 300 − 100 layout − 50 style = 150 script …
        event('setAttribute', 130, 40), // … plus nothing: an unnamed child inherits "script"
        event('Layout', 200, 100),
        event('UpdateLayoutTree', 320, 50),
        event('Paint', 450, 30),
        event('Layout', 600, 10, 2), // another thread
        mark('end', 600),
        event('Layout', 700, 10), // after the window
      ],
    };
    expect(traceBreakdown(trace, 'start', 'end')).toEqual({
      script: 300 - 100 - 50,
      style: 50,
      layout: 100,
      paint: 30,
      other: 400 - 300 - 30,
    });
  });

  it('counts only the timed windows, every one, and cuts a task at a mark inside it', () => {
    const trace = {
      traceEvents: [
        event('FunctionCall', 0, 100), // the task that sets the start mark at 40: 60 of it counts
        mark('run-start', 40),
        event('Layout', 120, 20),
        mark('run-end', 150),
        event('FunctionCall', 200, 500), // teardown between the runs: not counted
        mark('run-start', 800),
        event('Paint', 810, 10),
        event('FunctionCall', 840, 100), // runs past the end mark at 900: 60 of it counts
        mark('run-end', 900),
      ],
    };
    expect(traceBreakdown(trace, 'run-start', 'run-end')).toEqual({
      script: 60 + 60,
      style: 0,
      layout: 20,
      paint: 10,
      other: 0,
    });
  });

  it('refuses a trace without its marks instead of reporting zeros', () => {
    expect(() => traceBreakdown({ traceEvents: [] }, 'start', 'end')).toThrow(/mark/);
  });
});

describe('npm run bench:render, as the root README shows it', () => {
  const root = join(import.meta.dirname, '../..');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const command = /`npm run bench:render -w @stadtkit\/bench -- ([^`]+)`/.exec(readme);

  it('is a script of the bench workspace, and the README’s arguments are understood', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'bench/package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['bench:render']).toBe('node lib/render.mjs');
    expect(command, 'the README shows the command').not.toBeNull();
    expect(renderArgs(command?.[1]?.split(' ') ?? [])).toEqual({
      jobs: ['photos'],
      libraries: ['plain', 'stadtkit'],
      runs: RUNS,
    });
  });

  it('takes another checkout as the baseline of an A/B run', () => {
    expect(renderArgs(['--jobs', 'photos', '--baseline', '/tmp/old'])).toMatchObject({
      jobs: ['photos'],
      baseline: '/tmp/old',
    });
    expect(renderArgs([])).not.toHaveProperty('baseline');
  });

  it('refuses a job, library or run count it does not know, naming the known ones', () => {
    expect(() => renderArgs(['--jobs', 'fotos'])).toThrow(
      'unknown job "fotos" (teasers, photos, page)',
    );
    expect(() => renderArgs(['--libraries', 'react'])).toThrow(/unknown library "react"/);
    expect(() => renderArgs(['--runs', '0'])).toThrow(/--runs/);
  });
});
