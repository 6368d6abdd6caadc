/** @noSelfInFile */
// HAProxy's Fetches class: sample fetches as colon-calls. Only the ones
// used here are declared. AppletHTTP.sf returns every value as a string.

interface Fetches {
  /** The client's source address ("127.0.0.1", "::1"; empty for a unix socket). */
  src(this: Fetches): string | undefined;
  /** The name of the frontend the request came through. */
  fe_name(this: Fetches): string | undefined;
}
