/**
 * The servers view: every backend with its servers, kept current from the
 * event stream (events.ts), 20 backends a page (only their rows exist in
 * the document: 1,000 x 10 stays usable), a filter over all of them, a
 * sparkline per backend, and (unless read-only) each server's controls.
 */
import { api, errorOf, type Answer } from "./api";
import { confirmAction } from "./dialog";
import { $, button, el, labelled, readOnly, text } from "./dom";

/** Backends per page: the page renders only these. */
const PAGE_SIZE = 20;
/** A sparkline sample this often, this many kept: the last 5 minutes. */
export const SAMPLE_MS = 5000;
const SAMPLES = 60;

export interface Server {
  backend: string;
  name: string;
  status: string;
  weight: number | string;
  scur: number | string;
  smax: number | string;
  rate: number | string;
  addr: string;
  check: string;
  row: HTMLTableRowElement | null;
}

interface Backend {
  name: string;
  scur: number | string;
  rate: number | string;
  servers: Server[];
  scurs: number[];
  rates: number[];
  section: HTMLElement | null;
}

/** A server's state as events and the reset tell it. */
export interface ServerState {
  backend: string;
  server: string;
  status: string;
  weight: number;
  address: string;
  was?: unknown;
}

/** A backend's load sample (event: load). */
export interface LoadSample {
  backend: string;
  scur: number;
  rate: number;
  servers: { server: string; scur: number; smax: number; rate: number; check_status: string }[];
}

/** What a row's action answered, and what to say of it. */
type Done = Answer & { done?: string };

/** Reports a 401 (the page then asks for the token). */
let onUnauthorized: (error: unknown) => boolean = () => false;

export function reportUnauthorizedWith(handler: (error: unknown) => boolean): void {
  onUnauthorized = handler;
}

let backends: Backend[] = [];
let byName = new Map<string, Backend>();
let servers = new Map<string, Server>();
let shown: Backend[] = [];
let pageIndex = 0;

/** up, down, drain or maint: what the colour and the shape say, besides the word. */
function stateOf(status: unknown): string {
  const word = text(status);
  if (word.startsWith("MAINT")) return "maint";
  if (word.startsWith("DRAIN")) return "drain";
  if (word.startsWith("DOWN") || word.startsWith("NOLB")) return "down";
  return "up";
}

function checkOf(value: unknown): string {
  return text(value).replace(/^[*] /, "");
}

function backendOf(name: string): Backend {
  let backend = byName.get(name);
  if (!backend) {
    backend = { name, scur: 0, rate: 0, servers: [], scurs: [], rates: [], section: null };
    byName.set(name, backend);
    backends.push(backend);
  }
  return backend;
}

export function knows(backend: string, server: string): boolean {
  return servers.has(`${backend}/${server}`);
}

const CELLS = ["server", "status", "weight", "scur", "smax", "rate", "addr", "check"];

function paint(server: Server): void {
  const row = server.row;
  if (!row) return;
  const values = [server.name, server.status, server.weight, server.scur, server.smax, server.rate, server.addr, server.check];
  CELLS.forEach((_, i) => {
    const value = text(values[i]);
    if (row.cells[i].textContent !== value) row.cells[i].textContent = value;
  });
  const state = stateOf(server.status);
  row.dataset.state = state;
  row.dataset.adminState = state === "maint" || state === "drain" ? state : "ready";
}

function paintSummary(backend: Backend | undefined): void {
  if (!backend || !backend.section) return;
  const up = backend.servers.filter((server) => stateOf(server.status) === "up").length;
  const summary = backend.section.querySelector(".summary") as HTMLElement;
  summary.textContent = `${backend.servers.length === 0 ? "no servers" : `${up}/${backend.servers.length} up`} · ${backend.scur} sessions · ${backend.rate} req/s`;
}

/** Runs one action of a row and shows its result, or HAProxy's error, next to it. */
function act(result: HTMLElement, run: () => Promise<Done>): void {
  result.textContent = "…";
  result.className = "result";
  run()
    .then((answer) => {
      result.textContent = answer.ok ? text(answer.done) : errorOf(answer);
      result.className = answer.ok ? "result ok" : "result failed";
    })
    .catch((error: Error) => {
      onUnauthorized(error);
      result.textContent = String(error.message);
      result.className = "result failed";
    });
}

function serverPath(server: Server): string {
  return `/stats/backends/${encodeURIComponent(server.backend)}/servers/${encodeURIComponent(server.name)}`;
}

async function setState(server: Server, state: string): Promise<Done> {
  const answer: Done = await api("PATCH", `${serverPath(server)}/state`, { admin_state: state });
  answer.done = answer.ok ? `now ${state}` : "";
  return answer;
}

function addControls(row: HTMLTableRowElement, server: Server): void {
  const who = `${server.name} of ${server.backend}`;
  const controls = el("td", "actions");
  const result = el("td", "result");
  result.setAttribute("aria-live", "polite");
  button(controls, "Drain", `Drain ${who}`, () => {
    void confirmAction(`Drain ${who}? It takes no new sessions; those open go on.`, `Drain ${server.name}`).then((yes) => {
      if (yes) act(result, () => setState(server, "drain"));
    });
  });
  button(controls, "Ready", `Ready ${who}`, () => act(result, () => setState(server, "ready")));
  button(controls, "Maint", `Maintenance for ${who}`, () => {
    void confirmAction(`Put ${who} in maintenance? It takes no traffic, and its health checks stop.`, `Maintenance for ${server.name}`).then((yes) => {
      if (yes) act(result, () => setState(server, "maint"));
    });
  });
  button(controls, "Drain & wait", `Drain ${who} and wait for its sessions`, () => {
    void confirmAction(`Drain ${who} and wait up to 60 s for its sessions to end?`, `Drain and wait for ${server.name}`).then((yes) => {
      if (!yes) return;
      act(result, async () => {
        const answer: Done = await api<{ drained: boolean; sessions: number }>("POST", `${serverPath(server)}/drain`, { timeout: 60 });
        if (answer.ok) {
          const drained = answer.body as { drained: boolean; sessions: number };
          answer.done = drained.drained ? "drained" : `${drained.sessions} sessions left`;
        }
        return answer;
      });
    });
  });
  const weight = el("input", "weight-field");
  weight.type = "text";
  weight.inputMode = "numeric";
  weight.size = 4;
  weight.placeholder = "0-256, N%";
  labelled(controls, weight, `Weight of ${who}`);
  button(controls, "Set", `Set the weight of ${who}`, () => {
    const value = weight.value.trim();
    const given = /^[0-9]+$/.test(value) ? Number(value) : value;
    act(result, async () => {
      const answer: Done = await api<{ current: number }>("PATCH", `${serverPath(server)}/weight`, { current: given });
      if (answer.ok) answer.done = `weight ${(answer.body as { current: number }).current}`;
      return answer;
    });
  });
  row.appendChild(controls);
  row.appendChild(result);
}

function serverRow(server: Server): HTMLTableRowElement {
  const row = document.createElement("tr");
  row.dataset.backend = server.backend;
  row.dataset.server = server.name;
  CELLS.forEach((cell, i) => row.appendChild(el(i === 0 ? "th" : "td", cell)));
  (row.cells[0] as HTMLTableCellElement & { scope: string }).scope = "row";
  if (!readOnly) addControls(row, server);
  server.row = row;
  paint(server);
  return row;
}

const SVG = "http://www.w3.org/2000/svg";

function spark(backend: Backend): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "spark");
  svg.setAttribute("viewBox", "0 0 120 24");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `sessions and request rate of ${backend.name}, last 5 minutes`);
  for (const kind of ["scurs", "rates"]) {
    const line = document.createElementNS(SVG, "polyline");
    line.setAttribute("class", kind);
    svg.appendChild(line);
  }
  return svg;
}

function points(samples: number[]): string {
  const top = Math.max(1, ...samples, 0);
  return samples.map((value, i) => `${120 - (samples.length - 1 - i) * 2},${(23 - (value / top) * 22).toFixed(1)}`).join(" ");
}

function paintSpark(backend: Backend): void {
  if (!backend.section) return;
  const lines = backend.section.querySelectorAll("polyline");
  lines[0].setAttribute("points", points(backend.scurs));
  lines[1].setAttribute("points", points(backend.rates));
}

const HEAD = ["Server", "Status", "Weight", "Sessions", "Max", "Req/s", "Address", "Last check"];

function section(backend: Backend, matching: (server: Server) => boolean): HTMLElement {
  const part = el("section", "backend");
  part.dataset.backend = backend.name;
  const title = el("h2");
  title.appendChild(el("span", "name", backend.name));
  title.appendChild(el("span", "summary"));
  title.appendChild(spark(backend));
  part.appendChild(title);
  backend.section = part;
  paintSummary(backend);
  paintSpark(backend);
  // A listen section without servers: its summary says so, no empty table.
  if (backend.servers.length === 0) return part;
  const table = el("table");
  const head = el("tr");
  for (const name of HEAD.concat(readOnly ? [] : ["Actions", "Result"])) {
    const th = el("th", "", name);
    th.scope = "col";
    head.appendChild(th);
  }
  table.appendChild(el("thead")).appendChild(head);
  const body = el("tbody");
  for (const server of backend.servers) if (matching(server)) body.appendChild(serverRow(server));
  table.appendChild(body);
  part.appendChild(table);
  return part;
}

function filterText(): string {
  return $<HTMLInputElement>("filter").value.toLowerCase();
}

function matcher(backend: Backend, wanted: string): (server: Server) => boolean {
  if (wanted === "" || backend.name.toLowerCase().includes(wanted)) return () => true;
  return (server) => server.name.toLowerCase().includes(wanted);
}

/** The backends the filter keeps: by backend name, or by one of its servers' names. */
export function refilter(): void {
  const wanted = filterText();
  shown = backends.filter((backend) => wanted === "" || backend.name.toLowerCase().includes(wanted) || backend.servers.some((server) => server.name.toLowerCase().includes(wanted)));
  pageIndex = 0;
  render();
}

/** Moves `by` pages (the previous and next buttons). */
export function turnPage(by: number): void {
  pageIndex += by;
  render();
}

/** Renders the current page only: the rows of other pages do not exist. */
function render(): void {
  for (const backend of backends) {
    backend.section = null;
    for (const server of backend.servers) server.row = null;
  }
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  if (pageIndex >= pages) pageIndex = pages - 1;
  const wanted = filterText();
  const parts = document.createDocumentFragment();
  for (const backend of shown.slice(pageIndex * PAGE_SIZE, (pageIndex + 1) * PAGE_SIZE)) parts.appendChild(section(backend, matcher(backend, wanted)));
  const into = $("servers");
  into.textContent = "";
  into.appendChild(parts);
  const first = shown.length === 0 ? 0 : pageIndex * PAGE_SIZE + 1;
  $("page-info").textContent =
    `backends ${first}–${Math.min(shown.length, (pageIndex + 1) * PAGE_SIZE)} of ${shown.length}${shown.length === backends.length ? "" : " matching"}, page ${pageIndex + 1} of ${pages}`;
  $<HTMLButtonElement>("prev").disabled = pageIndex === 0;
  $<HTMLButtonElement>("next").disabled = pageIndex >= pages - 1;
  into.dataset.backends = String(backends.length);
}

interface Row {
  pxname: string;
  svname: string;
  status: string;
  weight: number;
  scur: number;
  smax: number;
  rate: number;
  addr: string;
  check_status: string;
}

/** Lists every backend and server (two requests, only the fields shown), and renders the current page. */
export async function load(): Promise<void> {
  const fields = "pxname,svname,status,weight,scur,smax,rate,addr,check_status";
  const answers = await Promise.all([api<Row[]>("GET", "/stats?type=backend&fields=pxname,scur,rate"), api<Row[]>("GET", `/stats?type=server&fields=${fields}`)]);
  for (const answer of answers) if (!answer.ok) throw new Error(errorOf(answer));
  backends = [];
  byName = new Map();
  servers = new Map();
  for (const row of answers[0].body) {
    const backend = backendOf(row.pxname);
    backend.scur = row.scur;
    backend.rate = row.rate;
  }
  for (const row of answers[1].body) {
    const server: Server = { backend: row.pxname, name: row.svname, status: row.status, weight: row.weight, scur: row.scur, smax: row.smax, rate: row.rate, addr: row.addr, check: checkOf(row.check_status), row: null };
    backendOf(row.pxname).servers.push(server);
    servers.set(`${row.pxname}/${row.svname}`, server);
  }
  refilter();
}

/** A server's state changed (event: server, or its line in a reset). */
export function onServer(state: ServerState): void {
  const server = servers.get(`${state.backend}/${state.server}`);
  if (!server) return;
  server.status = state.status;
  server.weight = state.weight;
  server.addr = state.address;
  paint(server);
  paintSummary(byName.get(state.backend));
}

/** A backend's load moved (event: load). */
export function onLoad(sample: LoadSample): void {
  const backend = byName.get(sample.backend);
  if (!backend) return;
  backend.scur = sample.scur;
  backend.rate = sample.rate;
  for (const moved of sample.servers) {
    const server = servers.get(`${sample.backend}/${moved.server}`);
    if (!server) continue;
    server.scur = moved.scur;
    server.smax = moved.smax;
    server.rate = moved.rate;
    server.check = moved.check_status;
    paint(server);
  }
  paintSummary(backend);
}

/** A write through the API (event: write): the last ten are listed. */
export function onWrite(write: { method: string; path: string; status: number }): void {
  const list = $("writes");
  const item = el("li", write.status < 400 ? "ok" : "failed", `${write.method} ${write.path} → ${write.status}`);
  list.insertBefore(item, list.firstChild);
  while (list.children.length > 10) list.removeChild(list.lastChild as Node);
}

/** Every SAMPLE_MS, each backend's sessions and rate as last received: the sparklines' points. */
export function sample(): void {
  for (const backend of backends) {
    backend.scurs.push(Number(backend.scur) || 0);
    backend.rates.push(Number(backend.rate) || 0);
    if (backend.scurs.length > SAMPLES) {
      backend.scurs.shift();
      backend.rates.shift();
    }
    paintSpark(backend);
  }
}
