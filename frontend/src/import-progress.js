// Spreadsheet import: while a large file is checked or imported (the form posts normally and the server
// answers when it is done), the page asks every half second how many rows are checked and shows it in a
// progress bar with a polite live region. Without JavaScript the form simply posts and waits.

const POLL_MS = 500;

function formatNumber(value) {
  return Number(value).toLocaleString("de-DE");
}

function watch(form) {
  const box = form.querySelector("[data-import-progress-box]");
  if (!box) return;
  const bar = box.querySelector("[data-import-progress-bar]");
  const text = box.querySelector("[data-import-progress-text]");
  const template = form.dataset.progressOf || "%(done)s / %(total)s";
  let timer = null;

  async function poll() {
    try {
      const response = await fetch(form.dataset.importProgress, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (response.ok) {
        const { done, total } = await response.json();
        bar.max = Math.max(total, 1);
        bar.value = Math.min(done, total);
        text.textContent = template
          .replace("%(done)s", formatNumber(done))
          .replace("%(total)s", formatNumber(total));
      }
    } catch {
      // A failed poll changes nothing: the next one tries again, and the form's answer ends the wait.
    }
    timer = window.setTimeout(poll, POLL_MS);
  }

  form.addEventListener("submit", () => {
    box.hidden = false;
    form.querySelectorAll('button[type="submit"]').forEach((button) => {
      button.setAttribute("aria-disabled", "true");
      button.addEventListener("click", (event) => event.preventDefault());
    });
    if (timer === null) timer = window.setTimeout(poll, POLL_MS);
  });
}

export function initImportProgress(root) {
  root.querySelectorAll("form[data-import-progress]").forEach((form) => {
    if (form.dataset.importProgressReady) return;
    form.dataset.importProgressReady = "1";
    watch(form);
  });
}
