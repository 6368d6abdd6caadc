/**
 * Field values and field order of parsed answers, shared by every parser.
 *
 * Parsed tables carry a metatable whose `__jsonorder` lists their fields in
 * HAProxy's order (one metatable per answer, shared by its rows), so a JSON
 * encoder that honours it prints pxname and svname first, not in hash
 * order. `__jsonclosed` says the list names every field the table can hold,
 * so the encoder need not look for others (http/jsonencode.ts).
 */

/** The metatable that orders a table's fields as `fields` when encoded as JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one metatable serves rows, info and weights
export function ordered(fields: string[]): LuaMetatable<any> {
  return { __jsonorder: fields, __jsonclosed: true } as LuaMetatable<object>;
}

/** Integers become numbers (never floats: "5" must not print as 5.0); the rest stays text. */
export function value(field: string): string | number {
  if (field === "") return field; // most fields of most rows
  const [integer] = string.match(field, "^%-?%d+$");
  if (integer !== undefined && field.length < 19) return math.tointeger(tonumber(field) as number) as number;
  return field;
}
