import { describe, expect, it } from 'vitest';
import { profileTimes, type CpuProfile } from '../../bench/startup-profile.js';

const HARNESS = 'file:///tmp/0f1e2d3c-4b5a-4697-8887-766554433221';

/** A profile from (kind, microseconds until the next sample) pairs; the last one runs to `tail`. */
function profile(samples: ['idle' | 'worker' | 'gc' | 'harness', number][], tail: number): CpuProfile {
  const nodes: CpuProfile['nodes'] = [
    { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 3, 4, 5] },
    { id: 2, callFrame: { functionName: '(idle)', url: '' } },
    { id: 3, callFrame: { functionName: 'loadCorpus', url: 'worker.js' } },
    { id: 4, callFrame: { functionName: '(garbage collector)', url: '' } },
    { id: 5, callFrame: { functionName: 'fetch', url: HARNESS }, children: [6] },
    { id: 6, callFrame: { functionName: 'then', url: '' } },
  ];
  const idOf = { idle: 2, worker: 3, gc: 4, harness: 6 };
  const startTime = 1_000_000;
  const timeDeltas: number[] = [];
  let previous = 0;
  for (const [, gap] of samples) { timeDeltas.push(previous); previous = gap; }
  const end = startTime + samples.slice(0, -1).reduce((sum, [, gap]) => sum + gap, 0) + tail;
  return { nodes, startTime, endTime: end, samples: samples.map(([kind]) => idOf[kind]), timeDeltas };
}

describe('start-up profile times', () => {
  it('counts the Worker\'s samples, not idle time, the harness\'s request or the wait after the last sample', () => {
    const times = profileTimes(profile([
      ['idle', 5000], ['worker', 1000], ['worker', 1000], ['gc', 1000], ['worker', 1000], ['worker', 30_000],
      ['harness', 1000], ['harness', 2000], ['idle', 1000],
    ], 25_000));
    // Four 1 ms intervals, then the last Worker sample counted as one typical interval (1 ms), not 30.
    expect(times.activeMs).toBeCloseTo(5, 6);
    expect(times.gcMs).toBeCloseTo(1, 6);
    // DevTools' sum: every non-idle sample until the next sample: 4 + 30 + 1 + 2.
    expect(times.devtoolsMs).toBeCloseTo(37, 6);
    expect(times.spanMs).toBeCloseTo(67, 6);
  });

  it('counts a long stretch without samples inside the start-up (a long JSON.parse), idle sample after it included', () => {
    const times = profileTimes(profile([
      ['harness', 1000], ['worker', 1000], ['worker', 40_000], ['idle', 2000], ['worker', 1000], ['gc', 1000], ['worker', 20_000], ['idle', 1000],
    ], 5000));
    // 1 + 40 + 2 + 1 + 1, then the last Worker sample as one typical interval (1 ms), not 20.
    expect(times.activeMs).toBeCloseTo(46, 6);
    expect(times.gcMs).toBeCloseTo(1, 6);
  });

  it('caps a Worker sample at the end of the profile the same way', () => {
    const times = profileTimes(profile([['worker', 2000], ['worker', 2000], ['worker', 0]], 40_000));
    expect(times.activeMs).toBeCloseTo(6, 6);
    expect(times.devtoolsMs).toBeCloseTo(44, 6);
  });
});
