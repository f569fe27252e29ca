// A Worker's start-up CPU time from `wrangler check startup`. The command runs the bundle
// under a harness Worker whose fetch handler imports the Worker's main module, starts the V8
// profiler before that request and stops it after the answer reached wrangler. So a profile
// holds three things: the Worker's start-up (parse and module evaluation, the only part
// Cloudflare's start-up limit is about), the harness's own `fetch` (its module is named by a
// random UUID), and the time after the last sample until the stop message arrived, which no
// sample covers. DevTools lets each sample last until the next one and the last one until the
// profile ends, so that tail (20–30 ms on this machine, measured on a plain Hono app that
// does nothing at start-up) was counted as start-up when the bench summed samples that way.
// Module evaluation is synchronous: from the Worker's first sample to its last, the isolate is
// busy with its start-up, even where no sample was taken (a long JSON.parse of a bundled text
// module yields no sample until it returns, and may be followed by an "(idle)" sample), so
// that whole stretch counts, harness samples inside it aside. Only the last sample is capped
// at one typical sampling interval: after it the profile waits for the harness's message.

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface StartupProfile {
  /** Sampled CPU time of the Worker's start-up: parse, compile and module evaluation. */
  activeMs: number;
  /** Of it, garbage collection. */
  gcMs: number;
  /** What summing samples DevTools' way gives (every non-idle sample until the next or the end). */
  devtoolsMs: number;
  /** From profiler start to stop: the harness's request round trip included. */
  spanMs: number;
}

/** The harness module of `wrangler check startup` is named by a UUID (wrangler 4.86). */
const HARNESS_MODULE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function profileTimes(profile: CpuProfile): StartupProfile {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const kind = (id: number): 'idle' | 'harness' | 'gc' | 'worker' => {
    const name = byId.get(id)?.callFrame.functionName;
    if (name === '(idle)') return 'idle';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (HARNESS_MODULE.test(byId.get(at)?.callFrame.url ?? '')) return 'harness';
    }
    return name === '(garbage collector)' ? 'gc' : 'worker';
  };
  let at = profile.startTime;
  const stamps = profile.timeDeltas.map((delta) => (at += delta));
  const kinds = profile.samples.map(kind);
  const running = (k: number) => k < kinds.length && (kinds[k] === 'worker' || kinds[k] === 'gc');
  const gaps: number[] = [];
  for (let k = 0; k + 1 < stamps.length; k++) if (running(k) && running(k + 1)) gaps.push(stamps[k + 1] - stamps[k]);
  gaps.sort((a, b) => a - b);
  // V8 samples every ~1 ms while JavaScript runs; under load some intervals stretch.
  const typical = gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)] : 1000;
  const first = kinds.findIndex((_, k) => running(k));
  let last = -1;
  for (let k = kinds.length - 1; k >= 0 && last === -1; k--) if (running(k)) last = k;
  let active = 0;
  let gc = 0;
  let devtools = 0;
  kinds.forEach((sampleKind, k) => {
    const next = k + 1 < stamps.length ? stamps[k + 1] : profile.endTime;
    if (sampleKind !== 'idle') devtools += next - stamps[k];
    if (first === -1 || k < first || k > last || sampleKind === 'harness') return;
    const duration = k === last ? Math.min(next - stamps[k], typical) : next - stamps[k];
    active += duration;
    if (sampleKind === 'gc') gc += duration;
  });
  return { activeMs: active / 1000, gcMs: gc / 1000, devtoolsMs: devtools / 1000, spanMs: (profile.endTime - profile.startTime) / 1000 };
}
