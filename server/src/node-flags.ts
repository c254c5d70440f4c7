/**
 * V8 flags for the language server's Node process. The VS Code client passes them as `execArgv` when it
 * forks the server (client/src/language-client.ts), and the bench starts the server with them
 * (test/bench/server-launch.ts). Other editors start the server with plain `node` and get V8's defaults.
 *
 * Why: each analysis of a ~300-line postmortem allocates ~4 MB that dies within milliseconds, and Node's
 * defaults size the heap for throughput, not for a long-lived helper process: a young generation of 2 × 16 MB
 * that stays committed, and an old generation allowed to grow to 4× what survived the last full collection
 * (V8 picks that factor when the heap limit is ≥ 2 GB), so rare, long full collections land on keystrokes.
 * - `--max-old-space-size=1024`: a 1 GB limit, far above what the server needs (with the bench's 10,000-line
 *   postmortems and a 1 MB line open, the whole process stays under 200 MB), which makes V8 grow the old
 *   generation by ~1.6× instead of 4× after each full collection.
 * - `--max-semi-space-size=8`: young generation of at most 2 × 8 MB, so one analysis still fits in it and
 *   its garbage dies young. 2 MB saved another ~12 MB at the peak below but put a collection or two inside
 *   every analysis: p95 latency 20 ms instead of 14.
 * Measured on a shared 2-core machine (load ~3), defaults → these flags: 50 postmortems opened one after the
 * other, resident memory 136 → 101 MB right after the 50th and 76 MB once V8's memory reducer has run
 * (10-30 s idle; with the defaults it took ~40 s, to 80 MB); keystroke → diagnostics on a 285-line
 * postmortem with debounce 0, warm, medians of 3 runs of 200 edits: median 9.0 → 7.7 ms, p95 22.4 → 14.2 ms.
 */
export const serverExecArgv: readonly string[] = ['--max-semi-space-size=8', '--max-old-space-size=1024'];
