/** The maps and ACLs views: the list, then one's entries; unless read-only, add, edit (maps) and delete, by entry id. */
import { api, errorOf } from "./api";
import { confirmAction } from "./dialog";
import { $, button, cellRow, el, labelled, readOnly } from "./dom";
import { failedView, listView } from "./lists";

export type PatternKind = "map" | "acl";

interface Entry {
  id: string;
  key?: string;
  value: string;
}

/** A map or an ACL: its entries (the first 1,000), and its controls. `message` is the last action's result. */
export async function openPattern(kind: PatternKind, ref: string, message?: string): Promise<void> {
  const into = $(`${kind}-detail`);
  const base = `${kind === "map" ? "/maps/" : "/acls/"}${encodeURIComponent(ref)}`;
  into.textContent = "loading…";
  try {
    const answer = await api<Entry[]>("GET", base);
    into.textContent = "";
    if (!answer.ok) {
      into.textContent = errorOf(answer);
      return;
    }
    into.appendChild(el("h3", "", ref));
    // The last action's result, kept across the reload of the entries that follows it.
    const status = el("p", message ? "result ok" : "result", message);
    status.setAttribute("aria-live", "polite");
    const run = (request: Promise<{ ok: boolean; status: number; body: unknown }>, done: string): void => {
      request
        .then((reply) => {
          if (!reply.ok) {
            status.textContent = errorOf(reply);
            status.className = "result failed";
            return;
          }
          void openPattern(kind, ref, done);
        })
        .catch(failedView(status));
    };
    if (!readOnly) {
      const add = el("form", "add");
      const key = kind === "map" ? labelled(add, el("input"), "Key") : null;
      const value = labelled(add, el("input"), kind === "map" ? "Value" : "Value (pattern)");
      const submit = el("button", "", kind === "map" ? "Add entry" : "Add value");
      submit.type = "submit";
      add.appendChild(submit);
      add.addEventListener("submit", (event) => {
        event.preventDefault();
        run(api("POST", `${base}/entries`, key ? { key: key.value, value: value.value } : { value: value.value }), "added");
      });
      into.appendChild(add);
    }
    into.appendChild(status);
    const entries = answer.body;
    const table = el("table", "entries");
    table.appendChild(el("thead")).appendChild(cellRow((kind === "map" ? ["Key", "Value"] : ["Value"]).concat(readOnly ? [] : ["Actions"]), true));
    const body = el("tbody");
    for (const entry of entries.slice(0, 1000)) {
      const row = cellRow(kind === "map" ? [entry.key, entry.value] : [entry.value]);
      const name = kind === "map" ? (entry.key as string) : entry.value;
      // By the entry's id: keys repeat, and a key may look like an id.
      const byId = `${base}/ids/${encodeURIComponent(entry.id)}`;
      if (!readOnly) {
        const actions = el("td", "actions");
        if (kind === "map") {
          const field = labelled(actions, el("input"), `New value for ${name}`);
          field.value = entry.value;
          button(actions, "Save", `Save the value of ${name}`, () => run(api("PUT", byId, { value: field.value }), `saved ${name}`));
        }
        button(actions, "Delete", `Delete ${name}`, () => {
          void confirmAction(`Delete ${name} from ${ref}?`, `Delete ${name}`).then((yes) => {
            if (yes) run(api("DELETE", byId), `deleted ${name}`);
          });
        });
        row.appendChild(actions);
      }
      body.appendChild(row);
    }
    table.appendChild(body);
    into.appendChild(table);
    if (entries.length > 1000) into.appendChild(el("p", "", `the first 1,000 of ${entries.length} entries`));
  } catch (error) {
    failedView(into)(error);
  }
}

/** The list of maps (kind "map") or ACLs ("acl"). */
export function listPatterns(kind: PatternKind): void {
  listView(kind, $(`${kind}-list`), (ref) => void openPattern(kind, ref));
}
