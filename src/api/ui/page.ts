/**
 * The operators' page (GET /ui), served from the bundle: HTML, CSS and
 * JavaScript as text, nothing from another host, no inline script or
 * style (the Content-Security-Policy forbids both). The HTML's {{token}}
 * and {{readOnly}} say whether the API wants a token and takes writes, so
 * the page asks for the token before its first request. Every name and value
 * from HAProxy is set as text (textContent), never parsed as markup.
 */

export const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>haproxy-api</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/ui/app.css">
<script src="/ui/app.js" defer></script>
</head>
<body data-token="{{token}}" data-read-only="{{readOnly}}">
<header>
<h1>haproxy-api</h1>
<p id="live" role="status">connecting…</p>
</header>
<form id="login" hidden>
<label for="token">API token</label>
<input id="token" type="password" autocomplete="current-password">
<button type="submit">Use token</button>
</form>
<main>
<label for="filter">Filter backends and servers</label>
<input id="filter" type="search" placeholder="name contains…">
<table id="servers">
<caption>Servers, live from /events</caption>
<thead><tr><th scope="col">Backend</th><th scope="col">Server</th><th scope="col">Status</th><th scope="col">Weight</th><th scope="col">Sessions</th><th scope="col">Max</th><th scope="col">Address</th><th scope="col">Last check</th></tr></thead>
<tbody></tbody>
</table>
</main>
</body>
</html>
`;

export const CSS = `body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem 2rem; color: #111; }
h1 { font-size: 1.3rem; margin: 0; }
header { display: flex; gap: 1rem; align-items: baseline; }
table { border-collapse: collapse; margin-top: 0.5rem; width: 100%; }
th, td { text-align: left; padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; }
td.status::before { display: inline-block; width: 1.2em; }
tr[data-state="up"] td.status { color: #0a6b2d; }
tr[data-state="up"] td.status::before { content: "▲"; }
tr[data-state="down"] td.status { color: #a50e0e; }
tr[data-state="down"] td.status::before { content: "▼"; }
tr[data-state="drain"] td.status { color: #8a5a00; }
tr[data-state="drain"] td.status::before { content: "◐"; }
tr[data-state="maint"] td.status { color: #555; }
tr[data-state="maint"] td.status::before { content: "■"; }
label { margin-right: 0.5rem; }
`;

export const JS = `"use strict";
(function () {
  var TOKEN_KEY = "haproxy-api-token";
  var rows = {};

  function headers() {
    var token = sessionStorage.getItem(TOKEN_KEY);
    return token ? { Authorization: "Bearer " + token } : {};
  }

  function say(text) {
    document.getElementById("live").textContent = text;
  }

  function askToken() {
    var form = document.getElementById("login");
    form.hidden = false;
    say("this API needs a token");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, document.getElementById("token").value);
      form.hidden = true;
      start();
    }, { once: true });
  }

  /** up, down, drain or maint: what the colour and the shape say, besides the word. */
  function stateOf(status) {
    if (/^MAINT/.test(status)) return "maint";
    if (/^DRAIN/.test(status)) return "drain";
    if (/^(DOWN|NOLB)/.test(status)) return "down";
    return "up";
  }

  var COLUMNS = ["backend", "server", "status", "weight", "scur", "smax", "addr", "check"];

  /** A row's cells by column, kept with it: no lookup per update. */
  function cell(row, name, value) {
    row.cells[COLUMNS.indexOf(name)].textContent = value === undefined || value === null ? "" : String(value);
  }

  function show(row, status) {
    cell(row, "status", status);
    var state = stateOf(status);
    row.dataset.state = state;
    row.dataset.adminState = state === "maint" || state === "drain" ? state : "ready";
  }

  function addRow(into, server) {
    var row = document.createElement("tr");
    row.dataset.backend = server.pxname;
    row.dataset.server = server.svname;
    var values = [server.pxname, server.svname, "", server.weight, server.scur, server.smax, server.addr, server.check_status];
    for (var i = 0; i < COLUMNS.length; i++) {
      var td = document.createElement("td");
      td.className = COLUMNS[i];
      td.textContent = values[i] === undefined || values[i] === null ? "" : String(values[i]);
      row.appendChild(td);
    }
    show(row, server.status);
    into.appendChild(row);
    rows[server.pxname + "/" + server.svname] = row;
  }

  function load() {
    return fetch("/stats?type=server&fields=pxname,svname,status,weight,scur,smax,addr,check_status", { headers: headers() }).then(function (answer) {
      if (answer.status === 401) throw new Error("401");
      if (!answer.ok) throw new Error("the API answered " + answer.status);
      return answer.json();
    }).then(function (servers) {
      var body = document.querySelector("#servers tbody");
      var rowsOf = document.createDocumentFragment();
      rows = {};
      servers.forEach(function (server) { addRow(rowsOf, server); });
      body.textContent = "";
      body.appendChild(rowsOf);
      if (document.getElementById("filter").value !== "") filter();
    });
  }

  function onEvent(name, data) {
    if (name !== "server") return;
    var row = rows[data.backend + "/" + data.server];
    if (!row) return;
    show(row, data.status);
    cell(row, "weight", data.weight);
    cell(row, "addr", data.address);
  }

  /** Reads /events with fetch (EventSource cannot send the token), one SSE block at a time. */
  function listen() {
    return fetch("/events", { headers: headers() }).then(function (answer) {
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
            if (block === ": ready") say("live");
            var name = /^event: (.*)$/m.exec(block);
            var data = /^data: (.*)$/m.exec(block);
            if (name && data) onEvent(name[1], JSON.parse(data[1]));
          }
          return pump();
        });
      }
      return pump();
    });
  }

  function filter() {
    var text = document.getElementById("filter").value.toLowerCase();
    Object.keys(rows).forEach(function (key) {
      rows[key].hidden = text !== "" && key.toLowerCase().indexOf(text) < 0;
    });
  }

  function start() {
    if (document.body.dataset.token === "required" && !sessionStorage.getItem(TOKEN_KEY)) {
      askToken();
      return;
    }
    say("loading…");
    load().then(function () {
      say("connecting to /events…");
      return listen();
    }).catch(function (err) {
      if (err.message === "401") askToken();
      else say("disconnected: " + err.message + " (reload to retry)");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.getElementById("filter").addEventListener("input", filter);
    start();
  });
})();
`;
