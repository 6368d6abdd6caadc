/**
 * Row types of "show stat", the codes in its "type" column.
 * The numbers are HAProxy's, kept under the names lua-haproxy exported.
 */
export const stats_types = {
  FRONTEND: 0,
  BACKEND: 1,
  SERVER: 2,
  SOCKET: 3,
} as const;

/**
 * The "show stat <proxy> <type> <sid>" filter takes a bitmask, not the row
 * type: 1 frontends, 2 backends, 4 servers, -1 everything.
 */
export const stat_filter = {
  FRONTEND: 1,
  BACKEND: 2,
  SERVER: 4,
  ANY: -1,
} as const;

/** One parsed row: the CSV header's names as keys; integers as numbers, empty fields as "". */
export type Row = LuaTable<string, string | number>;
