/** The stick tables view: the list, then one's entries with every data type it stores (read-only here). */
import { api, errorOf } from "./api";
import { $, cellRow, el } from "./dom";
import { failedView, listView } from "./lists";

interface Table {
  name: string;
  type: string;
  used: number;
  size: number;
  entries: { key: string | number; use: number; expire_ms: number; data: Record<string, unknown> }[];
}

async function openTable(name: string): Promise<void> {
  const into = $("table-detail");
  into.textContent = "loading…";
  try {
    const answer = await api<Table>("GET", `/tables/${encodeURIComponent(name)}`);
    into.textContent = "";
    if (!answer.ok) {
      into.textContent = errorOf(answer);
      return;
    }
    const info = answer.body;
    into.appendChild(el("h3", "", `${info.name} (${info.type}, ${info.used} of ${info.size} used)`));
    const types: string[] = [];
    for (const entry of info.entries) for (const type of Object.keys(entry.data)) if (!types.includes(type)) types.push(type);
    const table = el("table", "entries");
    table.appendChild(el("thead")).appendChild(cellRow(["Key", "Sessions", "Expires in (s)", ...types], true));
    const body = el("tbody");
    for (const entry of info.entries.slice(0, 1000)) {
      body.appendChild(cellRow([entry.key, entry.use, Math.round(entry.expire_ms / 1000), ...types.map((type) => entry.data[type])]));
    }
    table.appendChild(body);
    into.appendChild(table);
    if (info.entries.length > 1000) into.appendChild(el("p", "", `the first 1,000 of ${info.entries.length} entries`));
  } catch (error) {
    failedView(into)(error);
  }
}

export function listTables(): void {
  listView("table", $("table-list"), (name) => void openTable(name));
}
