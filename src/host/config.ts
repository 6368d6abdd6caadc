/**
 * The configuration's text as HAProxy reads it, for what the API needs of
 * it at init: lines split into words, and the keywords that start sections.
 */

/**
 * Splits a configuration line into words as HAProxy does for the parts
 * used here: blanks separate, quotes group, "\" escapes, "#" starts a
 * comment, and "${NAME}" / "$NAME" expand from the environment outside
 * single quotes.
 */
export function words(line: string): string[] {
  const found: string[] = [];
  let current: string[] | undefined;
  let quote: string | undefined;
  let index = 1;
  while (index <= line.length) {
    const char = string.sub(line, index, index);
    if (quote === undefined && (char === " " || char === "\t" || char === "\r")) {
      if (current !== undefined) found[found.length] = table.concat(current);
      current = undefined;
    } else if (quote === undefined && char === "#") {
      break;
    } else {
      current = current ?? [];
      if (char === "\\" && index < line.length) {
        index++;
        current[current.length] = string.sub(line, index, index);
      } else if ((char === '"' || char === "'") && (quote === undefined || quote === char)) {
        quote = quote === undefined ? char : undefined;
      } else if (char === "$" && quote !== "'") {
        const [name, finish] = variableAt(line, index);
        if (name !== undefined) {
          current[current.length] = os.getenv(name) ?? "";
          index = finish;
        } else {
          current[current.length] = char;
        }
      } else {
        current[current.length] = char;
      }
    }
    index++;
  }
  if (current !== undefined) found[found.length] = table.concat(current);
  return found;
}

/** "${NAME}" or "$NAME" at `index`: the name and the index of its last character. */
function variableAt(line: string, index: number): LuaMultiReturn<[name: string, finish: number] | [name: undefined]> {
  const [braced, braceEnd] = string.match(line, "^{([%w_]+)[^}]*}()", index + 1);
  if (braced !== undefined) return $multi(braced, (braceEnd as unknown as number) - 1);
  const [bare, bareEnd] = string.match(line, "^([%a_][%w_]*)()", index + 1);
  if (bare !== undefined) return $multi(bare, (bareEnd as unknown as number) - 1);
  return $multi(undefined);
}

const SECTIONS = new LuaTable<string, boolean>();
for (const keyword of ["global", "defaults", "frontend", "backend", "listen", "peers", "resolvers", "userlist", "mailers", "program", "http-errors", "ring", "cache", "fcgi-app"]) SECTIONS.set(keyword, true);

/** True for the keywords that start a section ("global", "defaults", "backend"...). */
export function isSectionKeyword(keyword: string): boolean {
  return SECTIONS.has(keyword);
}
