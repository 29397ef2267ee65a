// Test-only preload for the load test: a full garbage collection on SIGUSR2, so the memory the
// test reads from /proc afterwards is live memory, not garbage waiting for a collection.
process.on('SIGUSR2', () => globalThis.gc?.());
