/**
 * The page's script, served as /ui/app.js. What it does:
 * - the rows: /stats?type=backend and ?type=server once, then /events
 *   (read with fetch: EventSource cannot send the token) keeps them live;
 *   events that come before the rows wait for them;
 * - 20 backends a page: only those rows exist, so 1,000 x 10 stays usable;
 *   the filter keeps backends by their name or their servers';
 * - per server, Drain, Ready, Maint, Drain & wait and a weight, through
 *   the API; Drain, Maint and Drain & wait ask first in a <dialog> whose
 *   button names the action; the answer, or HAProxy's error, next to it;
 * - per backend, a sparkline of sessions and request rate from the load
 *   events it received, sampled every 5 s;
 * - maps, ACLs and stick tables: the list, one's entries, and for maps and
 *   ACLs add, edit and delete;
 * - TLS certificates, soonest to expire first, flagged under 14 days left.
 * Every name and value from HAProxy is set as text (textContent), never
 * parsed as markup; the token is kept for the tab only (sessionStorage).
 */
export const JS = `"use strict";
(function () {
  var TOKEN_KEY = "haproxy-api-token";
  /** Backends per page: the page renders only these (1,000 x 10 stays usable). */
  var PAGE_SIZE = 20;
  /** A sparkline sample this often, this many kept: the last 5 minutes. */
  var SAMPLE_MS = 5000;
  var SAMPLES = 60;
  var readOnly = document.body.dataset.readOnly === "yes";

  var backends = [];
  var byName = {};
  var servers = {};
  var shown = [];
  var pageIndex = 0;
  var loaded = false;
  var early = [];
  var ids = 0;
  /** The open event stream's: aborted when the page starts over, so it never holds two slots. */
  var streamControl = null;
  // The id of the last event received: a stream opened again resumes from it.
  var lastEventId = null;

  function $(id) { return document.getElementById(id); }
  function text(value) { return value === undefined || value === null ? "" : String(value); }
  function say(message) { $("live").textContent = message; }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = text(content);
    return node;
  }

  /** A control with its own label (visually hidden where the row says what it is). */
  function labelled(into, control, label) {
    control.id = "c" + (++ids);
    var tag = el("label", "hidden-label", label);
    tag.htmlFor = control.id;
    into.appendChild(tag);
    into.appendChild(control);
    return control;
  }

  function headers(extra) {
    var all = extra || {};
    var token = sessionStorage.getItem(TOKEN_KEY);
    if (token) all.Authorization = "Bearer " + token;
    return all;
  }

  /** A request to the API; resolves to { status, body } (body parsed when JSON). Rejects "401" to ask for the token. */
  function api(method, path, body) {
    var init = { method: method, headers: headers(body === undefined ? {} : { "Content-Type": "application/json" }) };
    if (body !== undefined) init.body = JSON.stringify(body);
    return fetch(path, init).then(function (answer) {
      if (answer.status === 401) throw new Error("401");
      return answer.text().then(function (raw) {
        var parsed = null;
        try { parsed = raw === "" ? null : JSON.parse(raw); } catch (ignored) { parsed = raw; }
        return { status: answer.status, ok: answer.ok, body: parsed };
      });
    });
  }

  function errorOf(answer) {
    return answer.body && answer.body.message ? answer.body.message : "the API answered " + answer.status;
  }

  function askToken() {
    var form = $("login");
    form.hidden = false;
    say("this API needs a token");
    $("token").focus();
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $("token").value);
      form.hidden = true;
      start();
    }, { once: true });
  }

  /** Asks before a destructive action: resolves true when the button naming it is pressed. */
  function confirmAction(question, action) {
    var dialog = $("confirm");
    $("confirm-text").textContent = question;
    $("confirm-ok").textContent = action;
    return new Promise(function (resolve) {
      function done(answer) {
        $("confirm-ok").removeEventListener("click", ok);
        $("confirm-cancel").removeEventListener("click", cancel);
        dialog.removeEventListener("cancel", cancel);
        if (dialog.open) dialog.close();
        resolve(answer);
      }
      function ok() { done(true); }
      function cancel() { done(false); }
      $("confirm-ok").addEventListener("click", ok);
      $("confirm-cancel").addEventListener("click", cancel);
      dialog.addEventListener("cancel", cancel);
      dialog.showModal();
      $("confirm-cancel").focus();
    });
  }

  /* ---------- servers ---------- */

  /** up, down, drain or maint: what the colour and the shape say, besides the word. */
  function stateOf(status) {
    status = text(status);
    if (status.indexOf("MAINT") === 0) return "maint";
    if (status.indexOf("DRAIN") === 0) return "drain";
    if (status.indexOf("DOWN") === 0 || status.indexOf("NOLB") === 0) return "down";
    return "up";
  }

  function checkOf(value) { return text(value).replace(/^[*] /, ""); }

  function backendOf(name) {
    var backend = byName[name];
    if (!backend) {
      backend = { name: name, scur: 0, rate: 0, servers: [], scurs: [], rates: [], section: null };
      byName[name] = backend;
      backends.push(backend);
    }
    return backend;
  }

  var CELLS = ["server", "status", "weight", "scur", "smax", "rate", "addr", "check"];

  function paint(server) {
    var row = server.row;
    if (!row) return;
    var values = [server.name, server.status, server.weight, server.scur, server.smax, server.rate, server.addr, server.check];
    for (var i = 0; i < CELLS.length; i++) {
      var value = text(values[i]);
      if (row.cells[i].textContent !== value) row.cells[i].textContent = value;
    }
    var state = stateOf(server.status);
    row.dataset.state = state;
    row.dataset.adminState = state === "maint" || state === "drain" ? state : "ready";
  }

  function paintSummary(backend) {
    if (!backend.section) return;
    var up = 0;
    backend.servers.forEach(function (server) { if (stateOf(server.status) === "up") up++; });
    backend.section.querySelector(".summary").textContent =
      (backend.servers.length === 0 ? "no servers" : up + "/" + backend.servers.length + " up") + " · " + backend.scur + " sessions · " + backend.rate + " req/s";
  }

  /** Runs one action of a row and shows its result, or HAProxy's error, next to it. */
  function act(server, result, run) {
    result.textContent = "…";
    result.className = "result";
    run().then(function (answer) {
      result.textContent = answer.ok ? answer.done : errorOf(answer);
      result.className = answer.ok ? "result ok" : "result failed";
    }).catch(function (err) {
      if (err.message === "401") askToken();
      result.textContent = String(err.message);
      result.className = "result failed";
    });
  }

  function serverPath(server) {
    return "/stats/backends/" + encodeURIComponent(server.backend) + "/servers/" + encodeURIComponent(server.name);
  }

  function setState(server, state) {
    return api("PATCH", serverPath(server) + "/state", { admin_state: state }).then(function (answer) {
      answer.done = answer.ok ? "now " + state : "";
      return answer;
    });
  }

  function button(into, label, name, onClick) {
    var node = el("button", "", label);
    node.type = "button";
    node.setAttribute("aria-label", name);
    node.addEventListener("click", onClick);
    into.appendChild(node);
    return node;
  }

  function addControls(row, server) {
    var who = server.name + " of " + server.backend;
    var controls = el("td", "actions");
    var result = el("td", "result");
    result.setAttribute("aria-live", "polite");
    button(controls, "Drain", "Drain " + who, function () {
      confirmAction("Drain " + who + "? It takes no new sessions; those open go on.", "Drain " + server.name).then(function (yes) {
        if (yes) act(server, result, function () { return setState(server, "drain"); });
      });
    });
    button(controls, "Ready", "Ready " + who, function () {
      act(server, result, function () { return setState(server, "ready"); });
    });
    button(controls, "Maint", "Maintenance for " + who, function () {
      confirmAction("Put " + who + " in maintenance? It takes no traffic, and its health checks stop.", "Maintenance for " + server.name).then(function (yes) {
        if (yes) act(server, result, function () { return setState(server, "maint"); });
      });
    });
    button(controls, "Drain & wait", "Drain " + who + " and wait for its sessions", function () {
      confirmAction("Drain " + who + " and wait up to 60 s for its sessions to end?", "Drain and wait for " + server.name).then(function (yes) {
        if (!yes) return;
        act(server, result, function () {
          return api("POST", serverPath(server) + "/drain", { timeout: 60 }).then(function (answer) {
            if (answer.ok) answer.done = answer.body.drained ? "drained" : answer.body.sessions + " sessions left";
            return answer;
          });
        });
      });
    });
    var weight = el("input", "weight-field");
    weight.type = "text";
    weight.inputMode = "numeric";
    weight.size = 4;
    weight.placeholder = "0-256, N%";
    labelled(controls, weight, "Weight of " + who);
    button(controls, "Set", "Set the weight of " + who, function () {
      var value = weight.value.trim();
      var given = /^[0-9]+$/.test(value) ? Number(value) : value;
      act(server, result, function () {
        return api("PATCH", serverPath(server) + "/weight", { current: given }).then(function (answer) {
          if (answer.ok) answer.done = "weight " + answer.body.current;
          return answer;
        });
      });
    });
    row.appendChild(controls);
    row.appendChild(result);
  }

  function serverRow(server) {
    var row = document.createElement("tr");
    row.dataset.backend = server.backend;
    row.dataset.server = server.name;
    for (var i = 0; i < CELLS.length; i++) row.appendChild(el(i === 0 ? "th" : "td", CELLS[i]));
    row.cells[0].scope = "row";
    if (!readOnly) addControls(row, server);
    server.row = row;
    paint(server);
    return row;
  }

  var SVG = "http://www.w3.org/2000/svg";

  function spark(backend) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "spark");
    svg.setAttribute("viewBox", "0 0 120 24");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "sessions and request rate of " + backend.name + ", last 5 minutes");
    ["scurs", "rates"].forEach(function (kind) {
      var line = document.createElementNS(SVG, "polyline");
      line.setAttribute("class", kind);
      svg.appendChild(line);
    });
    return svg;
  }

  function points(samples) {
    var top = Math.max(1, Math.max.apply(null, samples.concat([0])));
    return samples.map(function (value, i) {
      return (120 - (samples.length - 1 - i) * 2) + "," + (23 - (value / top) * 22).toFixed(1);
    }).join(" ");
  }

  function paintSpark(backend) {
    if (!backend.section) return;
    var lines = backend.section.querySelectorAll("polyline");
    lines[0].setAttribute("points", points(backend.scurs));
    lines[1].setAttribute("points", points(backend.rates));
  }

  var HEAD = ["Server", "Status", "Weight", "Sessions", "Max", "Req/s", "Address", "Last check"];

  function section(backend, matching) {
    var part = el("section", "backend");
    part.dataset.backend = backend.name;
    var title = el("h2");
    title.appendChild(el("span", "name", backend.name));
    title.appendChild(el("span", "summary"));
    title.appendChild(spark(backend));
    part.appendChild(title);
    backend.section = part;
    paintSummary(backend);
    paintSpark(backend);
    // A listen section without servers: its summary says so, no empty table.
    if (backend.servers.length === 0) return part;
    var table = el("table");
    var head = el("tr");
    HEAD.concat(readOnly ? [] : ["Actions", "Result"]).forEach(function (name) {
      var th = el("th", "", name);
      th.scope = "col";
      head.appendChild(th);
    });
    table.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    backend.servers.forEach(function (server) {
      if (matching(server)) body.appendChild(serverRow(server));
    });
    table.appendChild(body);
    part.appendChild(table);
    return part;
  }

  function filterText() { return $("filter").value.toLowerCase(); }

  function matcher(backend, wanted) {
    if (wanted === "" || backend.name.toLowerCase().indexOf(wanted) >= 0) return function () { return true; };
    return function (server) { return server.name.toLowerCase().indexOf(wanted) >= 0; };
  }

  /** The backends the filter keeps: by backend name, or by one of its servers' names. */
  function refilter() {
    var wanted = filterText();
    shown = backends.filter(function (backend) {
      return wanted === "" || backend.name.toLowerCase().indexOf(wanted) >= 0 ||
        backend.servers.some(function (server) { return server.name.toLowerCase().indexOf(wanted) >= 0; });
    });
    pageIndex = 0;
    render();
  }

  /** Renders the current page only: the rows of other pages do not exist. */
  function render() {
    backends.forEach(function (backend) {
      backend.section = null;
      backend.servers.forEach(function (server) { server.row = null; });
    });
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    if (pageIndex >= pages) pageIndex = pages - 1;
    var wanted = filterText();
    var parts = document.createDocumentFragment();
    shown.slice(pageIndex * PAGE_SIZE, (pageIndex + 1) * PAGE_SIZE).forEach(function (backend) {
      parts.appendChild(section(backend, matcher(backend, wanted)));
    });
    var into = $("servers");
    into.textContent = "";
    into.appendChild(parts);
    var first = shown.length === 0 ? 0 : pageIndex * PAGE_SIZE + 1;
    $("page-info").textContent = "backends " + first + "–" + Math.min(shown.length, (pageIndex + 1) * PAGE_SIZE) +
      " of " + shown.length + (shown.length === backends.length ? "" : " matching") + ", page " + (pageIndex + 1) + " of " + pages;
    $("prev").disabled = pageIndex === 0;
    $("next").disabled = pageIndex >= pages - 1;
    $("servers").dataset.backends = String(backends.length);
  }

  function load() {
    var fields = "pxname,svname,status,weight,scur,smax,rate,addr,check_status";
    return Promise.all([
      api("GET", "/stats?type=backend&fields=pxname,scur,rate"),
      api("GET", "/stats?type=server&fields=" + fields),
    ]).then(function (answers) {
      answers.forEach(function (answer) { if (!answer.ok) throw new Error(errorOf(answer)); });
      backends = [];
      byName = {};
      servers = {};
      answers[0].body.forEach(function (row) {
        var backend = backendOf(row.pxname);
        backend.scur = row.scur;
        backend.rate = row.rate;
      });
      answers[1].body.forEach(function (row) {
        var server = { backend: row.pxname, name: row.svname, status: row.status, weight: row.weight, scur: row.scur, smax: row.smax, rate: row.rate, addr: row.addr, check: checkOf(row.check_status), row: null };
        backendOf(row.pxname).servers.push(server);
        servers[row.pxname + "/" + row.svname] = server;
      });
      loaded = true;
      refilter();
      early.forEach(function (event) { onEvent(event[0], event[1]); });
      early = [];
    });
  }

  function onServer(data) {
    var server = servers[data.backend + "/" + data.server];
    if (!server) return;
    server.status = data.status;
    server.weight = data.weight;
    server.addr = data.address;
    paint(server);
    paintSummary(byName[data.backend]);
  }

  function onLoad(data) {
    var backend = byName[data.backend];
    if (!backend) return;
    backend.scur = data.scur;
    backend.rate = data.rate;
    data.servers.forEach(function (moved) {
      var server = servers[data.backend + "/" + moved.server];
      if (!server) return;
      server.scur = moved.scur;
      server.smax = moved.smax;
      server.rate = moved.rate;
      server.check = moved.check_status;
      paint(server);
    });
    paintSummary(backend);
  }

  function onWrite(data) {
    var list = $("writes");
    var item = el("li", data.status < 400 ? "ok" : "failed", data.method + " " + data.path + " → " + data.status);
    list.insertBefore(item, list.firstChild);
    while (list.children.length > 10) list.removeChild(list.lastChild);
  }

  /** The stream's starting point: every server's state; one the rows do not have means the list is old: list again. */
  function onReset(data) {
    var unknown = false;
    data.servers.forEach(function (state) {
      if (!servers[state.backend + "/" + state.server]) unknown = true;
      else onServer(state);
    });
    if (unknown) load();
  }

  function onEvent(name, data) {
    if (!loaded) { early.push([name, data]); return; }
    if (name === "server") {
      if (data.was === null && !servers[data.backend + "/" + data.server]) load();
      else onServer(data);
    }
    else if (name === "reset") onReset(data);
    else if (name === "deleted") load();
    else if (name === "load") onLoad(data);
    else if (name === "write") onWrite(data);
  }

  /** Every SAMPLE_MS, each backend's sessions and rate as last received: the sparklines' points. */
  function sample() {
    backends.forEach(function (backend) {
      backend.scurs.push(Number(backend.scur) || 0);
      backend.rates.push(Number(backend.rate) || 0);
      if (backend.scurs.length > SAMPLES) { backend.scurs.shift(); backend.rates.shift(); }
      paintSpark(backend);
    });
  }

  /** Reads /events with fetch (EventSource cannot send the token), one SSE block at a time. */
  function listen() {
    if (streamControl) streamControl.abort();
    streamControl = new AbortController();
    // Back from a cut: every event after the last one it had, or a reset (never a gap).
    var path = lastEventId ? "/events?since=" + encodeURIComponent(lastEventId) : "/events";
    return fetch(path, { headers: headers(), signal: streamControl.signal }).then(function (answer) {
      if (answer.status === 401) throw new Error("401");
      if (!answer.ok) throw new Error("the event stream answered " + answer.status);
      var reader = answer.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      function pump() {
        return reader.read().then(function (part) {
          if (part.done) throw new Error("the event stream ended");
          buffer += decoder.decode(part.value, { stream: true });
          var end;
          while ((end = buffer.indexOf("\\n\\n")) >= 0) {
            var block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block === ": ready") say(readOnly ? "live, read-only" : "live");
            var name = /^event: (.*)$/m.exec(block);
            var id = /^id: (.*)$/m.exec(block);
            // A reset's data comes in several lines, joined by newlines.
            var data = block.split("\\n").filter(function (line) { return line.indexOf("data: ") === 0; }).map(function (line) { return line.slice(6); });
            if (name && data.length) onEvent(name[1], JSON.parse(data.join("\\n")));
            if (id) lastEventId = id[1];
          }
          return pump();
        });
      }
      return pump();
    });
  }

  /* ---------- maps, ACLs, tables ---------- */

  function refOf(item) { return item.file === null || item.file === undefined ? "#" + item.id : item.file; }

  function cellRow(values, header) {
    var row = el("tr");
    values.forEach(function (value) { row.appendChild(el(header ? "th" : "td", "", value)); });
    return row;
  }

  function listView(kind, into, open) {
    into.textContent = "loading…";
    var path = kind === "table" ? "/tables" : kind === "map" ? "/maps" : "/acls";
    api("GET", path).then(function (answer) {
      into.textContent = "";
      if (!answer.ok) { into.textContent = errorOf(answer); return; }
      if (answer.body.length === 0) { into.textContent = "none in this process"; return; }
      var list = el("ul", "picker");
      answer.body.forEach(function (item) {
        var entry = el("li");
        var name = kind === "table" ? item.name : refOf(item);
        var detail = kind === "table" ? item.type + ", " + item.used + " of " + item.size + " used" : item.entry_count + " entries";
        var link = el("button", "link", name);
        link.type = "button";
        link.addEventListener("click", function () { open(name); });
        entry.appendChild(link);
        entry.appendChild(el("span", "detail", " " + detail + (item.description ? " · " + item.description : "")));
        list.appendChild(entry);
      });
      into.appendChild(list);
    }).catch(failedView(into));
  }

  function failedView(into) {
    return function (err) {
      if (err.message === "401") askToken();
      else into.textContent = String(err.message);
    };
  }

  /** A map or an ACL: its entries, and (unless read-only) add, edit and delete. */
  function openPattern(kind, ref, message) {
    var into = $(kind + "-detail");
    var base = (kind === "map" ? "/maps/" : "/acls/") + encodeURIComponent(ref);
    into.textContent = "loading…";
    api("GET", base).then(function (answer) {
      into.textContent = "";
      if (!answer.ok) { into.textContent = errorOf(answer); return; }
      into.appendChild(el("h3", "", ref));
      // The last action's result, kept across the reload of the entries that follows it.
      var status = el("p", message ? "result ok" : "result", message);
      status.setAttribute("aria-live", "polite");
      function report(done) {
        return function (reply) {
          if (!reply.ok) { status.textContent = errorOf(reply); status.className = "result failed"; return; }
          openPattern(kind, ref, done);
        };
      }
      if (!readOnly) {
        var add = el("form", "add");
        var key = kind === "map" ? labelled(add, el("input"), "Key") : null;
        var value = labelled(add, el("input"), kind === "map" ? "Value" : "Value (pattern)");
        var submit = el("button", "", kind === "map" ? "Add entry" : "Add value");
        submit.type = "submit";
        add.appendChild(submit);
        add.addEventListener("submit", function (event) {
          event.preventDefault();
          var body = kind === "map" ? { key: key.value, value: value.value } : { value: value.value };
          api("POST", base + "/entries", body).then(report("added")).catch(failedView(status));
        });
        into.appendChild(add);
      }
      into.appendChild(status);
      var entries = answer.body;
      var table = el("table", "entries");
      table.appendChild(el("thead")).appendChild(cellRow((kind === "map" ? ["Key", "Value"] : ["Value"]).concat(readOnly ? [] : ["Actions"]), true));
      var body = el("tbody");
      entries.slice(0, 1000).forEach(function (entry) {
        var row = cellRow(kind === "map" ? [entry.key, entry.value] : [entry.value]);
        var name = kind === "map" ? entry.key : entry.value;
        if (!readOnly) {
          var actions = el("td", "actions");
          if (kind === "map") {
            var field = labelled(actions, el("input"), "New value for " + name);
            field.value = entry.value;
            button(actions, "Save", "Save the value of " + name, function () {
              api("PUT", base + "/ids/" + encodeURIComponent(entry.id), { value: field.value }).then(report("saved " + name)).catch(failedView(status));
            });
          }
          button(actions, "Delete", "Delete " + name, function () {
            confirmAction("Delete " + name + " from " + ref + "?", "Delete " + name).then(function (yes) {
              if (yes) api("DELETE", base + "/ids/" + encodeURIComponent(entry.id)).then(report("deleted " + name)).catch(failedView(status));
            });
          });
          row.appendChild(actions);
        }
        body.appendChild(row);
      });
      table.appendChild(body);
      into.appendChild(table);
      if (entries.length > 1000) into.appendChild(el("p", "", "the first 1,000 of " + entries.length + " entries"));
    }).catch(failedView(into));
  }

  function openTable(name) {
    var into = $("table-detail");
    into.textContent = "loading…";
    api("GET", "/tables/" + encodeURIComponent(name)).then(function (answer) {
      into.textContent = "";
      if (!answer.ok) { into.textContent = errorOf(answer); return; }
      var info = answer.body;
      into.appendChild(el("h3", "", info.name + " (" + info.type + ", " + info.used + " of " + info.size + " used)"));
      var types = [];
      info.entries.forEach(function (entry) { Object.keys(entry.data).forEach(function (type) { if (types.indexOf(type) < 0) types.push(type); }); });
      var table = el("table", "entries");
      table.appendChild(el("thead")).appendChild(cellRow(["Key", "Sessions", "Expires in (s)"].concat(types), true));
      var body = el("tbody");
      info.entries.slice(0, 1000).forEach(function (entry) {
        body.appendChild(cellRow([entry.key, entry.use, Math.round(entry.expire_ms / 1000)].concat(types.map(function (type) { return entry.data[type]; }))));
      });
      table.appendChild(body);
      into.appendChild(table);
      if (info.entries.length > 1000) into.appendChild(el("p", "", "the first 1,000 of " + info.entries.length + " entries"));
    }).catch(failedView(into));
  }

  /** Certificates with fewer days left than this are flagged (a word and a sign, besides the colour). */
  var WARN_DAYS = 14;

  function listCertificates() {
    var into = $("certificate-list");
    into.textContent = "loading…";
    api("GET", "/certificates").then(function (answer) {
      into.textContent = "";
      if (!answer.ok) { into.textContent = errorOf(answer); return; }
      if (answer.body.length === 0) { into.textContent = "no TLS certificate in this process"; return; }
      var list = answer.body.slice().sort(function (a, b) { return a.days_left - b.days_left; });
      var table = el("table", "entries");
      table.appendChild(el("thead")).appendChild(cellRow(["File", "Subject", "Names", "Expires (UTC)", "Days left", "Status", "crt-lists"], true));
      var body = el("tbody");
      list.forEach(function (cert) {
        var row = cellRow([cert.file, cert.subject, cert.sans.join(", "), cert.not_after, cert.days_left, cert.status, cert.crt_lists.join(", ")]);
        row.cells[4].className = "days";
        row.dataset.file = cert.file;
        if (cert.days_left < WARN_DAYS) row.className = "expiring";
        body.appendChild(row);
      });
      table.appendChild(body);
      into.appendChild(table);
    }).catch(failedView(into));
  }

  var VIEWS = ["servers", "maps", "acls", "tables", "certificates"];

  function showView(name) {
    if (VIEWS.indexOf(name) < 0) name = "servers";
    VIEWS.forEach(function (view) {
      $("view-" + view).hidden = view !== name;
      document.querySelector('nav button[data-view="' + view + '"]').setAttribute("aria-pressed", String(view === name));
    });
    if (name === "maps") listView("map", $("map-list"), function (ref) { openPattern("map", ref); });
    if (name === "acls") listView("acl", $("acl-list"), function (ref) { openPattern("acl", ref); });
    if (name === "tables") listView("table", $("table-list"), openTable);
    if (name === "certificates") listCertificates();
  }

  function start() {
    if (document.body.dataset.token === "required" && !sessionStorage.getItem(TOKEN_KEY)) {
      askToken();
      return;
    }
    say("loading…");
    // The stream opens first and its events wait for the rows: no change between the two is lost.
    loaded = false;
    early = [];
    var stream = listen();
    load().then(function () {
      say("connecting to /events…");
      return stream;
    }).catch(function (err) {
      if (err.message === "401") askToken();
      else {
        say("disconnected: " + err.message + "; retrying in 5 s");
        setTimeout(start, 5000);
      }
    });
    stream.catch(function () {});
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("read-only").hidden = !readOnly;
    $("filter").addEventListener("input", refilter);
    $("prev").addEventListener("click", function () { pageIndex--; render(); });
    $("next").addEventListener("click", function () { pageIndex++; render(); });
    VIEWS.forEach(function (view) {
      document.querySelector('nav button[data-view="' + view + '"]').addEventListener("click", function () { showView(view); });
    });
    setInterval(sample, SAMPLE_MS);
    start();
  });
})();
`;
