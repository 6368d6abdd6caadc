/**
 * The page's style: the server states have a colour and a shape (▲ ▼ ◐ ■)
 * besides the word, so they read without colour too.
 */
export const CSS = `body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem 2rem; color: #111; background: #fff; }
h1 { font-size: 1.3rem; margin: 0; }
h2 { font-size: 1.05rem; margin: 1rem 0 0.3rem; display: flex; gap: 0.8rem; align-items: center; }
h3 { font-size: 1rem; }
header { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
#read-only { background: #fff4d6; border: 1px solid #d9b44a; padding: 0.1rem 0.5rem; }
nav { margin: 0.6rem 0; display: flex; gap: 0.3rem; }
nav button[aria-pressed="true"] { font-weight: bold; border-bottom: 3px solid #1a5fb4; }
.bar { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
.legend { color: #555; font-size: 0.85rem; }
.legend .scurs { color: #1a5fb4; font-weight: bold; }
.legend .rates { color: #c64600; font-weight: bold; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.15rem 0.5rem; border-bottom: 1px solid #ddd; vertical-align: middle; }
thead th { font-size: 0.85rem; color: #444; }
.summary { font-weight: normal; font-size: 0.85rem; color: #444; }
svg.spark { width: 120px; height: 24px; border: 1px solid #eee; }
svg.spark polyline { fill: none; stroke-width: 1.5; }
svg.spark polyline.scurs { stroke: #1a5fb4; }
svg.spark polyline.rates { stroke: #c64600; }
td.status::before { display: inline-block; width: 1.2em; }
tr[data-state="up"] td.status { color: #0a6b2d; }
tr[data-state="up"] td.status::before { content: "▲"; }
tr[data-state="down"] td.status { color: #a50e0e; }
tr[data-state="down"] td.status::before { content: "▼"; }
tr[data-state="drain"] td.status { color: #8a5a00; }
tr[data-state="drain"] td.status::before { content: "◐"; }
tr[data-state="maint"] td.status { color: #555; }
tr[data-state="maint"] td.status::before { content: "■"; }
td.actions { white-space: nowrap; }
td.actions button, td.actions input { font-size: 0.8rem; margin-right: 0.15rem; }
.result.ok { color: #0a6b2d; }
.result.failed { color: #a50e0e; }
.hidden-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button.link { background: none; border: none; color: #1a5fb4; text-decoration: underline; cursor: pointer; padding: 0; font: inherit; }
ul.picker { padding-left: 1.2rem; }
.detail { color: #555; }
form.add { display: flex; gap: 0.4rem; align-items: center; margin: 0.4rem 0; }
form.add .hidden-label { position: static; width: auto; height: auto; clip: auto; }
dialog button.danger { background: #a50e0e; color: #fff; border: 1px solid #700; }
#writes li.failed { color: #a50e0e; }
tr.expiring td.days { color: #a50e0e; font-weight: bold; }
tr.expiring td.days::after { content: " ⚠ expires soon"; }
:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 1px; }
`;
