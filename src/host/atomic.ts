/**
 * Whole-file writes that a crash cannot leave half-done: the text goes to a
 * temporary file in the same directory, which is then renamed over the old
 * one (rename is atomic on one file system), so a reader sees the old file
 * or the new one, never a mix. Blocking I/O: background tasks only, never a
 * request.
 */

/** Writes `text` to `path` through a temporary file; the reason when it could not. */
export function writeAtomically(path: string, text: string): string | undefined {
  const temporary = `${path}.haproxy-api.tmp`;
  const [file, openError] = io.open(temporary, "w");
  if (file === undefined) return `cannot create ${temporary}: ${openError}`;
  const [written, writeError] = file.write(text);
  const closed = file.close();
  if (written === undefined || !closed) {
    os.remove(temporary);
    return `cannot write ${temporary}: ${writeError ?? "close failed"}`;
  }
  const [renamed, renameError] = os.rename(temporary, path);
  if (renamed === undefined) {
    os.remove(temporary);
    return `cannot rename ${temporary} to ${path}: ${renameError}`;
  }
  return undefined;
}
