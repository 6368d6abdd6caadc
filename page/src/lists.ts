/** What the maps, ACLs and stick tables views share: the list to pick from, and how a failure shows. */
import { api, errorOf, Unauthorized } from "./api";
import { el } from "./dom";

/** Asks for the token (set by main.ts). */
let askForToken: () => void = () => undefined;

export function askForTokenWith(ask: () => void): void {
  askForToken = ask;
}

/** Shows why a view could not load: the token form for a 401, else the error. */
export function failedView(into: HTMLElement): (error: unknown) => void {
  return (error) => {
    if (error instanceof Unauthorized) askForToken();
    else into.textContent = String((error as Error).message);
  };
}

interface Listed {
  id?: number;
  file?: string | null;
  name?: string;
  type?: string;
  used?: number;
  size?: number;
  entry_count?: number;
  description?: string;
}

/** "#<id>" or the file, as the API names a map or an ACL. */
function refOf(item: Listed): string {
  return item.file === null || item.file === undefined ? `#${item.id}` : item.file;
}

/** The maps, ACLs or stick tables, each a button that opens it. */
export function listView(kind: "map" | "acl" | "table", into: HTMLElement, open: (name: string) => void): void {
  into.textContent = "loading…";
  const path = kind === "table" ? "/tables" : kind === "map" ? "/maps" : "/acls";
  api<Listed[]>("GET", path)
    .then((answer) => {
      into.textContent = "";
      if (!answer.ok) {
        into.textContent = errorOf(answer);
        return;
      }
      if (answer.body.length === 0) {
        into.textContent = "none in this process";
        return;
      }
      const list = el("ul", "picker");
      for (const item of answer.body) {
        const entry = el("li");
        const name = kind === "table" ? (item.name as string) : refOf(item);
        const detail = kind === "table" ? `${item.type}, ${item.used} of ${item.size} used` : `${item.entry_count} entries`;
        const link = el("button", "link", name);
        link.type = "button";
        link.addEventListener("click", () => open(name));
        entry.appendChild(link);
        entry.appendChild(el("span", "detail", ` ${detail}${item.description ? ` · ${item.description}` : ""}`));
        list.appendChild(entry);
      }
      into.appendChild(list);
    })
    .catch(failedView(into));
}
