/**
 * Reads a Chromium trace of one load and says where the renderer's main
 * thread spent the time between navigation start and the stations-drawn
 * mark: by activity (trace events) and by source (CPU samples, mapped
 * through source maps when the build has them).
 */

export interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  readonly tdur?: number;
  readonly id?: string;
  readonly args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

export interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

export interface MainThreadSummary {
  /** Trace time (µs) of navigation start, and the window length (ms). */
  readonly navigationStart: number;
  readonly windowMs: number;
  /** Self time (ms) per activity, in the window; "idle" is what no task used. */
  readonly activities: Map<string, number>;
  /** Main-thread CPU time (ms) per activity, in the window. */
  readonly cpuActivities: Map<string, number>;
  /** Tasks over 50 ms in the window: start (ms from navigation) and duration. */
  readonly longTasks: { start: number; duration: number; sources: Map<string, number> }[];
  /** CPU sample time (ms) per source label, in the window. */
  readonly sources: Map<string, number>;
}

const ACTIVITY: [RegExp, string][] = [
  [/^(v8\.compile|V8\.Compile|v8\.parseOnBackground|V8\.Parse)/, 'compile JS'],
  [/^(MinorGC|MajorGC|V8\.GC|BlinkGC|CppGC)/, 'garbage collection'],
  [/^ParseHTML$/, 'parse HTML'],
  [/^(ParseAuthorStyleSheet)$/, 'parse CSS'],
  [
    /^(UpdateLayoutTree|RecalculateStyles|Layout|UpdateLayerTree|PrePaint|Layerize)$/,
    'style & layout',
  ],
  [/^(Paint|PaintImage|Commit|CompositeLayers|RasterTask)$/, 'paint'],
  [/^(Decode|ImageDecodeTask)/, 'decode'],
  [
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|v8\.run|V8\.Execute|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.callFunction|HandlePostMessage)$/,
    'script',
  ],
];

function activityOf(name: string): string | null {
  for (const [pattern, label] of ACTIVITY) if (pattern.test(name)) return label;
  return name === 'RunTask' || name === 'ThreadControllerImpl::RunTask' ? 'other (task)' : null;
}

/**
 * Self time of complete events nested by time on one thread, clipped to
 * [from, to): wall time, and thread CPU time (`tdur`, which a busy machine
 * does not inflate: a descheduled thread accrues wall time but no CPU time).
 */
function selfTimes(
  events: readonly TraceEvent[],
  from: number,
  to: number,
): { wall: Map<string, number>; cpu: Map<string, number> } {
  const sorted = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined && activityOf(event.name))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const wall = new Map<string, number>();
  const cpu = new Map<string, number>();
  interface Frame {
    readonly end: number;
    readonly label: string;
    readonly wall: number;
    readonly cpu: number;
    childWall: number;
    childCpu: number;
  }
  const stack: Frame[] = [];
  const add = (totals: Map<string, number>, label: string, us: number) =>
    totals.set(label, (totals.get(label) ?? 0) + Math.max(0, us) / 1000);
  const close = (frame: Frame) => {
    add(wall, frame.label, frame.wall - frame.childWall);
    add(cpu, frame.label, frame.cpu - frame.childCpu);
  };
  for (const event of sorted) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= event.ts) close(stack.pop()!);
    const end = event.ts + event.dur!;
    const clipped = Math.max(0, Math.min(end, to) - Math.max(event.ts, from));
    const share = event.dur! > 0 ? clipped / event.dur! : 0;
    const frame: Frame = {
      end,
      label: activityOf(event.name)!,
      wall: clipped,
      cpu: (event.tdur ?? event.dur!) * share,
      childWall: 0,
      childCpu: 0,
    };
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.childWall += frame.wall;
      parent.childCpu += frame.cpu;
    }
    stack.push(frame);
  }
  while (stack.length > 0) close(stack.pop()!);
  return { wall, cpu };
}

interface Sample {
  readonly ts: number;
  readonly duration: number;
  readonly frame: CallFrame;
}

/** CPU samples of the thread's profile(s), each with the frame it was in. */
function cpuSamples(events: readonly TraceEvent[], pid: number, tid: number): Sample[] {
  const profiles = new Map<
    string,
    { start: number; nodes: Map<number, CallFrame>; ids: number[]; deltas: number[] }
  >();
  for (const event of events) {
    if (event.pid !== pid || event.id === undefined) continue;
    if (event.name === 'Profile' && event.tid === tid) {
      profiles.set(event.id, {
        start: Number(event.args?.data?.startTime ?? event.ts),
        nodes: new Map(),
        ids: [],
        deltas: [],
      });
    }
    const profile = profiles.get(event.id);
    if (event.name !== 'ProfileChunk' || !profile) continue;
    const data = event.args?.data as {
      cpuProfile?: { nodes?: { id: number; callFrame: CallFrame }[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node.callFrame);
    profile.ids.push(...(data.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data.timeDeltas ?? []));
  }
  const samples: Sample[] = [];
  for (const profile of profiles.values()) {
    let ts = profile.start;
    const times = profile.deltas.map((delta) => (ts += delta));
    for (let i = 0; i < profile.ids.length - 1; i += 1) {
      const frame = profile.nodes.get(profile.ids[i]!);
      if (frame) samples.push({ ts: times[i]!, duration: times[i + 1]! - times[i]!, frame });
    }
  }
  return samples;
}

/** The main thread of the page's renderer in [fromMs, toMs) (page time: ms since navigation). */
export function summarizeMainThread(
  events: readonly TraceEvent[],
  pageUrl: string,
  { fromMs, toMs }: { fromMs: number; toMs: number },
  labelFrame: (frame: CallFrame) => string,
): MainThreadSummary {
  const navigation = events.find(
    (event) =>
      event.name === 'navigationStart' &&
      String(event.args?.data?.documentLoaderURL ?? '').startsWith(pageUrl),
  );
  if (!navigation) throw new Error(`No navigationStart for ${pageUrl} in the trace.`);
  const { pid } = navigation;
  const main = events.find(
    (event) => event.pid === pid && event.ph === 'M' && event.args?.name === 'CrRendererMain',
  );
  const tid = main?.tid ?? navigation.tid;
  const from = navigation.ts + fromMs * 1000;
  const to = navigation.ts + toMs * 1000;
  const windowMs = toMs - fromMs;
  const thread = events.filter((event) => event.pid === pid && event.tid === tid);

  const { wall: activities, cpu: cpuActivities } = selfTimes(thread, from, to);
  const busy = [...activities.values()].reduce((sum, value) => sum + value, 0);
  activities.set('idle (waiting: network, timers, frames)', Math.max(0, windowMs - busy));

  const samples = cpuSamples(events, pid, tid).filter(
    (sample) => sample.ts >= from && sample.ts < to,
  );
  const bySource = (list: readonly Sample[]) => {
    const totals = new Map<string, number>();
    for (const sample of list) {
      const label = labelFrame(sample.frame);
      totals.set(label, (totals.get(label) ?? 0) + sample.duration / 1000);
    }
    return totals;
  };

  const tasks = thread.filter(
    (event) =>
      (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
      (event.dur ?? 0) > 50_000 &&
      event.ts < to &&
      event.ts + event.dur! > from,
  );
  // Both task events wrap the same work; keep the outermost of each nest.
  const outermost = tasks.filter(
    (task) =>
      !tasks.some(
        (other) =>
          other !== task &&
          other.ts <= task.ts &&
          other.ts + other.dur! >= task.ts + task.dur! &&
          (other.dur! > task.dur! ||
            other.ts < task.ts ||
            tasks.indexOf(other) < tasks.indexOf(task)),
      ),
  );
  const longTasks = outermost.map((event) => ({
    start: (event.ts - navigation.ts) / 1000,
    duration: event.dur! / 1000,
    sources: bySource(samples.filter((s) => s.ts >= event.ts && s.ts < event.ts + event.dur!)),
  }));

  return {
    navigationStart: navigation.ts,
    windowMs,
    activities,
    cpuActivities,
    longTasks,
    sources: bySource(samples),
  };
}

/** The top entries of a totals map, largest first, as "label 12 ms" lines. */
export function topEntries(totals: Map<string, number>, limit: number): [string, number][] {
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
}
