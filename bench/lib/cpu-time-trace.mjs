// Lighthouse's simulation (lantern) scales what the page's main thread did by the mobile CPU
// slowdown, assuming the machine that recorded the trace was otherwise idle. On a shared machine
// a task also waits for the CPU, and that wait would be multiplied as if it were the page's work.
// This rewrites a recorded trace so every task of the renderer's main thread lasts its thread
// (CPU) time, its nested events shrunk in proportion: the trace an idle machine would record.

/** @param {Array<Record<string, any>>} events a trace's `traceEvents`, rewritten in place */
export function toCpuTime(events) {
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
  for (const threadEvents of byThread.values()) {
    threadEvents.sort((a, b) => a.ts - b.ts);
    const tasks = threadEvents.filter(
      (e) => e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined && e.dur > 0,
    );
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
