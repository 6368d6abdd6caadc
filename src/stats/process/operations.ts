/** Process-wide writes, declared once (core/operation.ts). */
import { flag } from "../core/kinds";
import type { Operation } from "../core/operation";

/** "clear counters": the max counters of every proxy and server; with all, every counter (as a restart would). */
export const clearCounters: Operation = {
  method: "clear_counters",
  summary: "Clears the max counters of every proxy and server (\"clear counters\"); with all, every counter (\"clear counters all\")",
  targets: [],
  args: [{ name: "all", kind: flag, optional: true, description: "Every counter, not only the max ones" }],
  command: (words) => (words.get("all") === "1" ? "clear counters all" : "clear counters"),
};
