/** The token: asked for before the first request when the API needs one, kept for the tab only. */
import { TOKEN_KEY } from "./api";
import { $, say } from "./dom";

/** Whether the page must ask for a token before it can read anything. */
export function tokenMissing(): boolean {
  return document.body.dataset.token === "required" && !sessionStorage.getItem(TOKEN_KEY);
}

/** Shows the token form; `then` runs once a token was given. */
export function askToken(then: () => void): void {
  const form = $<HTMLFormElement>("login");
  form.hidden = false;
  say("this API needs a token");
  $("token").focus();
  form.addEventListener(
    "submit",
    (event) => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $<HTMLInputElement>("token").value);
      form.hidden = true;
      then();
    },
    { once: true },
  );
}
