// Installed with addInitScript, so it runs in every document before the page's
// own scripts: it records long tasks and the time of each click and input
// event (event.timeStamp, the moment the browser created the event, so input
// queueing counts against the page), and reports each stations-rendered mark
// on the console, so the bench can wait for the draw without evaluating
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
    state.inputs.push({ type: event.type, t: event.timeStamp || performance.now() });
  };
  window.addEventListener('click', recordInput, true);
  window.addEventListener('input', recordInput, true);
})();
