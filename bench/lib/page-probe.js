// Installed with addInitScript, so it runs in every document before the page's
// own scripts: it records long tasks and the time of each click and input
// event (event.timeStamp, the moment the browser created the event, so input
// queueing counts against the page), and reports each stations-rendered mark
// and each input on the console, and when the first frame after each input
// was painted, so the bench can wait for the draw without evaluating
// anything in the page while it loads (Playwright's injected scripts would
// compete with the page for the main thread).
'use strict';
(() => {
  const state = { longTasks: [], inputs: [] };
  Object.defineProperty(window, '__nalssiBench', { value: state });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'nalssi:stations-rendered') continue;
      const count =
        entry.detail && typeof entry.detail.count === 'number' ? entry.detail.count : -1;
      console.debug(`nalssi-bench:mark ${count} ${entry.startTime}`);
    }
  }).observe({ type: 'mark' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const recordInput = (event) => {
    const input = { type: event.type, t: event.timeStamp || performance.now(), nextFrame: null };
    state.inputs.push(input);
    console.debug(`nalssi-bench:input ${input.type} ${input.t}`);
    // The first frame after the input: its animation-frame callbacks run just
    // before it is painted, and a message posted there is handled right after.
    // (Event Timing would do this too, but only for trusted events; Playwright's
    // selectOption fires synthetic ones.)
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        input.nextFrame = performance.now();
      };
      channel.port2.postMessage(null);
    });
  };
  window.addEventListener('click', recordInput, true);
  window.addEventListener('input', recordInput, true);
})();
