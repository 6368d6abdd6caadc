/**
 * The operators' page (GET /ui): its HTML, served from the bundle. The
 * script (ui/script.ts) and the style (ui/style.ts) are separate assets, so
 * the Content-Security-Policy needs no inline script or style. {{token}} and
 * {{readOnly}} say whether the API wants a token and takes writes: the page
 * asks for the token before its first request, and has no controls when
 * read-only.
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
<p id="read-only" hidden>Read-only: this API takes no writes (HAPROXY_API_READONLY), so the page has no controls.</p>
</header>
<form id="login" hidden>
<label for="token">API token</label>
<input id="token" type="password" autocomplete="current-password">
<button type="submit">Use token</button>
</form>
<nav aria-label="Views">
<button type="button" data-view="servers" aria-pressed="true">Servers</button>
<button type="button" data-view="maps" aria-pressed="false">Maps</button>
<button type="button" data-view="acls" aria-pressed="false">ACLs</button>
<button type="button" data-view="tables" aria-pressed="false">Stick tables</button>
<button type="button" data-view="certificates" aria-pressed="false">Certificates</button>
</nav>
<main>
<section id="view-servers" aria-label="Servers">
<div class="bar">
<label for="filter">Filter backends and servers</label>
<input id="filter" type="search" placeholder="name contains…">
<button type="button" id="prev">Previous page</button>
<span id="page-info" role="status"></span>
<button type="button" id="next">Next page</button>
</div>
<p class="legend">Sparklines: <span class="scurs">sessions</span> and <span class="rates">requests per second</span> per backend, sampled every 5 s while the page is open.</p>
<div id="servers"></div>
<h2>Recent writes through the API</h2>
<ol id="writes"></ol>
</section>
<section id="view-maps" aria-label="Maps" hidden><h2>Maps</h2><div id="map-list"></div><div id="map-detail"></div></section>
<section id="view-acls" aria-label="ACLs" hidden><h2>ACLs</h2><div id="acl-list"></div><div id="acl-detail"></div></section>
<section id="view-tables" aria-label="Stick tables" hidden><h2>Stick tables</h2><div id="table-list"></div><div id="table-detail"></div></section>
<section id="view-certificates" aria-label="Certificates" hidden><h2>TLS certificates, soonest to expire first</h2><div id="certificate-list"></div></section>
</main>
<dialog id="confirm" aria-labelledby="confirm-text">
<p id="confirm-text"></p>
<button type="button" id="confirm-cancel">Cancel</button>
<button type="button" id="confirm-ok" class="danger">Confirm</button>
</dialog>
</body>
</html>
`;
