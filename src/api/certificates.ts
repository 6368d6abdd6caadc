/**
 * GET /certificates, GET|PUT|DELETE /certificates/:file, POST /certificates:
 * the TLS certificates HAProxy holds, replaced or added in memory without a
 * reload (stats/certificates/calls.ts). `:file` is the file HAProxy lists,
 * percent-encoded (%2F for /).
 *
 * A PEM body is up to 64 KiB (a certificate with a long chain), not the
 * 8 KiB of other writes: as application/x-pem-file, or JSON {"pem": ...}.
 * The write log records the file, the PEM's size and the new certificate's
 * fingerprint; never the PEM, which holds the private key.
 */
import { asArray } from "../http/json";
import { jsonObject } from "../http/body";
import { failure } from "../http/errors";
import { encodeSegment, header, readBody, type Request } from "../http/request";
import type { Reply } from "../http/response";
import type { Handler } from "../http/router";
import * as certs from "../stats/certificates/calls";
import { MAX_PEM_BYTES } from "../stats/certificates/commands";
import type { Certificate } from "../stats/certificates/parsers";
import type { ClientFields } from "../stats/core/client";
import type { Context } from "./context";
import { applyThenRead, respond } from "./respond";

/** Arrays that may be empty encode as [], not {}. */
function shaped(this: void, certificate: Certificate): Certificate {
  asArray(certificate.sans);
  asArray(certificate.crt_lists);
  if (certificate.chain !== undefined) asArray(certificate.chain);
  return certificate;
}

function shapedList(this: void, list: Certificate[]): Certificate[] {
  for (const certificate of list) shaped(certificate);
  return asArray(list);
}

export const listCertificates: Handler<Context> = (context) => respond(context, certs.certificates, shapedList);

export const getCertificate: Handler<Context> = (context, _request, params) =>
  respond(context, (client) => certs.certificate(client, params.file), shaped);

function isPem(request: Request): boolean {
  const [media] = string.match(string.lower(header(request, "content-type") ?? ""), "^%s*([^;%s]+)");
  return media === "application/x-pem-file";
}

type Body = LuaMultiReturn<[fields: LuaTable<string, unknown>] | [fields: undefined, reply: Reply]>;

/** The body's fields: the PEM alone (application/x-pem-file) or the JSON object's `allowed` fields; what the write log keeps instead. */
function certificateBody(request: Request, allowed: string[]): Body {
  let fields: LuaTable<string, unknown>;
  if (isPem(request)) {
    const [text, status, problem] = readBody(request, MAX_PEM_BYTES);
    if (text === undefined) return $multi(undefined, failure(status, problem));
    fields = new LuaTable();
    fields.set("pem", text);
  } else {
    const [parsed, refused] = jsonObject(request, allowed, MAX_PEM_BYTES + 4096);
    if (parsed === undefined) return $multi(undefined, refused);
    fields = parsed;
  }
  const pem = fields.get("pem");
  const logged = new LuaTable<string, unknown>();
  for (const [name, value] of pairs(fields)) if (name !== "pem") logged.set(name, value);
  logged.set("pem_bytes", type(pem) === "string" ? (pem as string).length : 0);
  request.fields = logged;
  return $multi(fields);
}

/** Reads the certificate back after a write, and puts its fingerprint in the write log. */
function readBack(request: Request, file: unknown) {
  return (client: ClientFields) => {
    const [certificate, err] = certs.certificate(client, file);
    if (certificate !== undefined && request.fields !== undefined) request.fields.set("sha1_fingerprint", certificate.sha1_fingerprint);
    return $multi(certificate, err) as ReturnType<typeof certs.certificate>;
  };
}

export const putCertificate: Handler<Context> = (context, request, params) => {
  const [fields, refused] = certificateBody(request, ["pem"]);
  if (fields === undefined) return refused;
  if (fields.get("pem") === undefined) return failure(400, 'the body holds no PEM: send it as application/x-pem-file, or as JSON {"pem": "..."}');
  return applyThenRead(context, request, (client) => certs.setCertificate(client, params.file, fields.get("pem")), { read: readBack(request, params.file), shape: shaped });
};

export const postCertificate: Handler<Context> = (context, request) => {
  const [fields, refused] = certificateBody(request, ["file", "pem", "crt_list"]);
  if (fields === undefined) return refused;
  for (const name of ["file", "pem"]) if (fields.get(name) === undefined) return failure(400, `field "${name}" is required`);
  if (isPem(request)) return failure(415, 'POST /certificates takes JSON {"file", "pem", "crt_list"?}: the file is named in it');
  const file = fields.get("file");
  return applyThenRead(context, request, (client) => certs.addCertificate(client, file, fields.get("pem"), fields.get("crt_list")), {
    read: readBack(request, file),
    status: 201,
    shape: shaped,
    location: (certificate) => `/certificates/${encodeSegment(certificate.file)}`,
  });
};

export const deleteCertificate: Handler<Context> = (context, request, params) =>
  applyThenRead(context, request, (client) => certs.delCertificate(client, params.file), {});
