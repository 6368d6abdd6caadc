/**
 * The shapes every fallible call of the library returns: its value, or
 * `nil, err` (errors.ts). Declared once so every file says the same.
 */
import type { StatsError } from "./errors";

/** A value, or nil and the error. */
export type Result<T> = LuaMultiReturn<[value: T] | [value: undefined, err: StatsError]>;
/** A write: true, or nil and the error. */
export type Done = LuaMultiReturn<[done: true] | [done: undefined, err: StatsError]>;
/** A command line, or nil and the refusal of an argument. */
export type Built = LuaMultiReturn<[command: string] | [command: undefined, err: StatsError]>;
/** A checked value as it travels (a word of a command line), or nil and why it is refused. */
export type Checked = LuaMultiReturn<[text: string] | [text: undefined, problem: string]>;
