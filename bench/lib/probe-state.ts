/** What `page-probe.js` keeps on `window.__nalssiBench` (times are performance.now() ms). */
export interface ProbeState {
  readonly longTasks: { readonly start: number; readonly duration: number }[];
  /** Each click and input: its timeStamp, and when the next frame after it was painted. */
  readonly inputs: {
    readonly type: string;
    readonly t: number;
    readonly nextFrame: number | null;
  }[];
}

declare global {
  interface Window {
    readonly __nalssiBench: ProbeState;
  }
}

export const PROBE_SCRIPT = new URL('./page-probe.js', import.meta.url);
export const STATIONS_RENDERED_MARK = 'nalssi:stations-rendered';
/** The probe logs `nalssi-bench:mark <count> <startTime>` for each mark. */
export const MARK_MESSAGE = 'nalssi-bench:mark';
/** The probe logs `nalssi-bench:input <type> <timeStamp>` for each click and input event. */
export const INPUT_MESSAGE = 'nalssi-bench:input';
