/**
 * Preloaded into the language server by the fuzz suite (`node --expose-gc --require <this>`), never
 * shipped: over the IPC channel the test opened, answers `heap` with the server's V8 heap after a
 * full garbage collection, so that memory is compared net of garbage not yet collected. The channel
 * is unref'd: it neither keeps the server alive nor changes how it talks LSP (over stdio).
 */
process.on('message', (m: unknown) => {
  if (m !== 'heap' || !process.send) return;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const u = process.memoryUsage();
  process.send({ heap: { heapUsed: u.heapUsed, external: u.external, arrayBuffers: u.arrayBuffers, rss: u.rss, collected: !!gc } });
});
(process as unknown as { channel?: { unref(): void } }).channel?.unref();
