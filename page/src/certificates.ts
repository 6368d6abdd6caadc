/** The TLS certificates view: soonest to expire first, those under WARN_DAYS flagged (a word and a sign, besides the colour). */
import { api, errorOf } from "./api";
import { $, cellRow, el } from "./dom";
import { failedView } from "./lists";

const WARN_DAYS = 14;

interface Certificate {
  file: string;
  subject: string;
  sans: string[];
  not_after: string;
  days_left: number;
  status: string;
  crt_lists: string[];
}

export async function listCertificates(): Promise<void> {
  const into = $("certificate-list");
  into.textContent = "loading…";
  try {
    const answer = await api<Certificate[]>("GET", "/certificates");
    into.textContent = "";
    if (!answer.ok) {
      into.textContent = errorOf(answer);
      return;
    }
    if (answer.body.length === 0) {
      into.textContent = "no TLS certificate in this process";
      return;
    }
    const table = el("table", "entries");
    table.appendChild(el("thead")).appendChild(cellRow(["File", "Subject", "Names", "Expires (UTC)", "Days left", "Status", "crt-lists"], true));
    const body = el("tbody");
    for (const cert of answer.body.slice().sort((a, b) => a.days_left - b.days_left)) {
      const row = cellRow([cert.file, cert.subject, cert.sans.join(", "), cert.not_after, cert.days_left, cert.status, cert.crt_lists.join(", ")]);
      row.cells[4].className = "days";
      row.dataset.file = cert.file;
      if (cert.days_left < WARN_DAYS) row.className = "expiring";
      body.appendChild(row);
    }
    table.appendChild(body);
    into.appendChild(table);
  } catch (error) {
    failedView(into)(error);
  }
}
