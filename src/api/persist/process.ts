/**
 * Whether this process may still save: one that is stopping (the old
 * process after -sf, an old worker after a master-worker reload: "show
 * info" says Stopping: 1) never writes again, so it cannot overwrite what
 * the new process saved.
 */
export function stopping(): boolean {
  const value = core.get_info().get("Stopping");
  return value === 1 || value === "1";
}
