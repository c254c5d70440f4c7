/**
 * V8 flags for the language server's Node process. The VS Code client passes them as `execArgv` when it
 * forks the server (client/src/language-client.ts), and the bench starts the server with them
 * (test/bench/server-launch.ts). Other editors start the server with plain `node` and get V8's defaults.
 *
 * Why: each analysis of a ~300-line postmortem allocates ~4 MB that dies within milliseconds, and Node's
 * defaults size the heap for throughput, not for a long-lived helper process: a young generation of 2 × 16 MB
 * that stays committed, and an old generation allowed to grow to 4× what survived the last full collection
 * (V8 picks that factor when the heap limit is ≥ 2 GB). Measured on a shared 2-core machine (load ~4.5):
 * resident memory right after opening 50 postmortems one after the other 136 → 92 MB (median of 3); per
 * keystroke on a 285-line postmortem, the server's main-thread CPU 7.6 → 8.3 ms and the latency to diagnostics
 * median 11.8 → 13.0 ms, p95 41 → 43 ms (medians of 5 interleaved runs of 200 edits, debounce 0).
 * - `--max-semi-space-size=2`: young generation of at most 2 × 2 MB; short-lived garbage still dies there.
 * - `--max-old-space-size=1024`: a 1 GB limit, far above what the server needs (with the bench's 10,000-line
 *   postmortems and a 1 MB line open, the whole process stays under 200 MB), which makes V8 grow the old
 *   generation by ~1.6× instead of 4× after each full collection.
 */
export const serverExecArgv: readonly string[] = ['--max-semi-space-size=2', '--max-old-space-size=1024'];
