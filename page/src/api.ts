/** Requests to the API, with the token the operator gave (kept for the tab only). */

export const TOKEN_KEY = "haproxy-api-token";

/** An answer: its status, and its body parsed when JSON. */
export interface Answer<T = unknown> {
  status: number;
  ok: boolean;
  body: T;
}

/** What the API says when it refuses: {"code", "message"}. */
interface Refusal {
  message?: string;
}

/** Raised for a 401: the page asks for the token. */
export class Unauthorized extends Error {
  constructor() {
    super("401");
  }
}

/** The headers of a request: `extra`, and the bearer token when there is one. */
export function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) extra.Authorization = `Bearer ${token}`;
  return extra;
}

/** A request to the API; rejects with Unauthorized on a 401. */
export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
  const init: RequestInit = { method, headers: headers(body === undefined ? {} : { "Content-Type": "application/json" }) };
  if (body !== undefined) init.body = JSON.stringify(body);
  const answer = await fetch(path, init);
  if (answer.status === 401) throw new Unauthorized();
  const raw = await answer.text();
  let parsed: unknown = null;
  try {
    parsed = raw === "" ? null : JSON.parse(raw);
  } catch {
    parsed = raw;
  }
  return { status: answer.status, ok: answer.ok, body: parsed as T };
}

/** The API's own words for a refusal, or its status. */
export function errorOf(answer: Answer): string {
  const refusal = answer.body as Refusal | null;
  return refusal && typeof refusal === "object" && refusal.message ? refusal.message : `the API answered ${answer.status}`;
}
