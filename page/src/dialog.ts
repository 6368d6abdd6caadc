/** Asks before a destructive action, in a dialog whose button names it (Cancel has the focus; Escape cancels). */
import { $ } from "./dom";

/** Resolves true when the button naming the action is pressed. */
export function confirmAction(question: string, action: string): Promise<boolean> {
  const dialog = $<HTMLDialogElement>("confirm");
  const ok = $<HTMLButtonElement>("confirm-ok");
  const cancel = $<HTMLButtonElement>("confirm-cancel");
  $("confirm-text").textContent = question;
  ok.textContent = action;
  return new Promise((resolve) => {
    const done = (answer: boolean): void => {
      ok.removeEventListener("click", yes);
      cancel.removeEventListener("click", no);
      dialog.removeEventListener("cancel", no);
      if (dialog.open) dialog.close();
      resolve(answer);
    };
    const yes = (): void => done(true);
    const no = (): void => done(false);
    ok.addEventListener("click", yes);
    cancel.addEventListener("click", no);
    dialog.addEventListener("cancel", no);
    dialog.showModal();
    cancel.focus();
  });
}
