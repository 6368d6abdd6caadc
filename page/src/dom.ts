/** The document's pieces every view uses: lookups, elements with text (never markup), labelled controls. */

/** Whether the API takes no writes (HAPROXY_API_READONLY): then the page has no controls. */
export const readOnly = document.body.dataset.readOnly === "yes";

/** The element of an id the page's HTML has. */
export function $<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** A value as text: "" for nothing. */
export function text(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

/** Says where the page is (the status line). */
export function say(message: string): void {
  $("live").textContent = message;
}

/** A new element, with a class and text content (set as text: what HAProxy holds is never parsed as markup). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: unknown): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = text(content);
  return node;
}

let ids = 0;

/** A control with its own label (visually hidden where the row says what it is). */
export function labelled<T extends HTMLInputElement>(into: HTMLElement, control: T, label: string): T {
  control.id = `c${++ids}`;
  const tag = el("label", "hidden-label", label);
  tag.htmlFor = control.id;
  into.appendChild(tag);
  into.appendChild(control);
  return control;
}

/** A button whose accessible name says what it does to what. */
export function button(into: HTMLElement, label: string, name: string, onClick: () => void): HTMLButtonElement {
  const node = el("button", "", label);
  node.type = "button";
  node.setAttribute("aria-label", name);
  node.addEventListener("click", onClick);
  into.appendChild(node);
  return node;
}

/** A table row of text cells, header cells when `header`. */
export function cellRow(values: unknown[], header = false): HTMLTableRowElement {
  const row = el("tr");
  for (const value of values) row.appendChild(el(header ? "th" : "td", "", value));
  return row;
}
