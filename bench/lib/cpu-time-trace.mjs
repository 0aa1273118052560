// Lighthouse's simulation (lantern) scales what the page's main thread did by the mobile CPU
// slowdown, assuming the machine that recorded the trace was otherwise idle. On a shared machine
// a task also waits for the CPU, and that wait would be multiplied as if it were the page's work.
// This rewrites a recorded trace so every task of the renderer's main thread lasts its thread
// (CPU) time, its nested events shrunk in proportion: the trace an idle machine would record.

/** @param {Array<Record<string, any>>} events a trace's `traceEvents`, rewritten in place */
export function toCpuTime(events) {
  for (const threadEvents of rendererMainThreads(events)) {
    threadEvents.sort((a, b) => a.ts - b.ts);
    const tasks = threadEvents.filter(isTimedTask);
    let next = 0;
    for (const task of tasks) {
      const ratio = Math.min(1, task.tdur / task.dur);
      const end = task.ts + task.dur;
      while (next < threadEvents.length && threadEvents[next].ts < task.ts) next += 1;
      for (let i = next; i < threadEvents.length && threadEvents[i].ts < end; i += 1) {
        const event = threadEvents[i];
        if (event === task) continue;
        event.ts = task.ts + Math.floor((event.ts - task.ts) * ratio);
        if (event.dur !== undefined) event.dur = Math.floor(event.dur * ratio);
        if (event.tdur !== undefined) event.tdur = Math.min(event.tdur, event.dur ?? event.tdur);
      }
      task.dur = Math.floor(task.dur * ratio);
    }
  }
}

/**
 * How much of its tasks' recorded time the renderer's main thread spent on the CPU (0 to 1):
 * near 1 on an idle machine; the rest it waited, for the CPU while other processes ran or for
 * another process's answer (the browser's, to a font lookup).
 * @param {Array<Record<string, any>>} events a recorded trace's `traceEvents`
 */
export function cpuShare(events) {
  let wall = 0;
  let cpu = 0;
  for (const threadEvents of rendererMainThreads(events)) {
    for (const task of threadEvents.filter(isTimedTask)) {
      wall += task.dur;
      cpu += Math.min(task.tdur, task.dur);
    }
  }
  return wall ? cpu / wall : 1;
}

/** The events of each renderer main thread in the trace. */
function rendererMainThreads(events) {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(thread)) continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    byThread.get(thread).push(event);
  }
  return byThread.values();
}

/** A top-level task that recorded both its duration and its thread (CPU) time. */
const isTimedTask = (e) =>
  e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined && e.dur > 0;
