/**
 * The operating system's name, as "uname -a" prints it (kernel name, host
 * name, release, version, machine), read from /proc/sys/kernel at init:
 * no process is spawned.
 */
import { readFile } from "./files";

function kernel(name: string): string | undefined {
  const [text] = readFile(`/proc/sys/kernel/${name}`);
  if (text === undefined) return undefined;
  const [trimmed] = string.match(text, "^%s*(.-)%s*$");
  return trimmed;
}

export function uname(): string | undefined {
  const fields: string[] = [];
  for (const name of ["ostype", "hostname", "osrelease", "version", "arch"]) {
    const value = kernel(name);
    if (value !== undefined && value !== "") fields[fields.length] = value;
  }
  if (fields.length === 0) return undefined;
  return table.concat(fields, " ");
}
