/**
 * The configuration files HAProxy was started with, in the order it read
 * them. HAProxy 2.6 publishes the list in HAPROXY_CFGFILES (directories
 * already expanded); without it, the "-f" arguments of /proc/self/cmdline
 * are the list. Read at init only: file I/O blocks, and must never run
 * while HAProxy serves traffic.
 */

/** Reads a whole file; undefined and the reason when it cannot. */
export function readFile(path: string): LuaMultiReturn<[text: string] | [text: undefined, problem: string]> {
  const [file, err] = io.open(path, "rb");
  if (file === undefined) return $multi(undefined, err ?? `cannot open ${path}`);
  const text = file.read("a");
  file.close();
  return $multi((text as string | undefined) ?? "");
}

/** Splits a list on `separator` (one character), dropping empty items. */
export function splitList(list: string, separator: string): string[] {
  const items: string[] = [];
  for (const [item] of string.gmatch(list, `[^%${separator}]+`)) items[items.length] = item;
  return items;
}

/**
 * The files of a command line (NUL-separated, as /proc/self/cmdline holds
 * it): every "-f <file>", and every argument after "--".
 */
export function filesOfCommandLine(cmdline: string): string[] {
  const args = splitList(cmdline, "\0");
  const files: string[] = [];
  for (let index = 1; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--") {
      for (let rest = index + 1; rest < args.length; rest++) files[files.length] = args[rest];
      break;
    }
    if (arg === "-f" && index + 1 < args.length) {
      files[files.length] = args[index + 1];
      index++;
    }
  }
  return files;
}

/** The configuration files, in order; empty when HAProxy's environment and /proc both say nothing. */
export function configFiles(): string[] {
  const published = os.getenv("HAPROXY_CFGFILES");
  if (published !== undefined && published !== "") return splitList(published, ";");
  const [cmdline] = readFile("/proc/self/cmdline");
  return cmdline === undefined ? [] : filesOfCommandLine(cmdline);
}

export interface LoadedConfig {
  files: string[];
  /** Every file's text, concatenated in order; a file that cannot be read is a comment saying so. */
  text: string;
}

export function loadConfig(files: string[]): LoadedConfig {
  const parts: string[] = [];
  for (const path of files) {
    const [text, problem] = readFile(path);
    let part = text ?? `# haproxy-api: cannot read ${path}: ${problem}\n`;
    if (part !== "" && string.sub(part, -1) !== "\n") part = `${part}\n`;
    parts[parts.length] = part;
  }
  return { files, text: table.concat(parts) };
}
