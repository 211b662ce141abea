// Kennzahlen erheben: the figures grid. Without JavaScript the grid is one form saved by its button; with it,
// every cell is saved on its own as soon as it changes (POST to the row's data-url, answered with JSON), the
// score and the progress update in place, and the keyboard moves through the grid like a spreadsheet:
// Tab to the next cell, Up/Down (and Enter, Shift+Enter) to the same column of the next or previous row,
// Escape to restore the saved value of a text cell.

const TEXT_FIELDS = new Set(["case_count", "processing_minutes"]);

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

function labelOf(control) {
  const label = control.id && document.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  return label ? label.textContent.trim() : "";
}

class FiguresGrid {
  constructor(table) {
    this.table = table;
    this.text = table.dataset;
    this.announcer = document.querySelector("[data-figures-announcer]");
    this.requests = new WeakMap(); // control → number of its latest request; older answers are ignored
    this.counter = 0;
    this.queue = Promise.resolve();

    document.querySelectorAll("[data-figures-js]").forEach((el) => {
      el.hidden = false;
    });
    document.querySelectorAll("[data-figures-nojs]").forEach((el) => {
      el.hidden = true;
    });
    table.addEventListener("change", (event) => {
      const control = event.target.closest("[data-field]");
      if (control) this.save(control);
    });
    table.addEventListener("keydown", (event) => this.onKey(event));
  }

  controlValue(control) {
    if (control.type === "checkbox") return control.checked ? "yes" : "no";
    return control.value;
  }

  onKey(event) {
    const control = event.target.closest("[data-field]");
    if (!control || event.altKey || event.ctrlKey || event.metaKey) return;
    const isSelect = control.tagName === "SELECT";
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
        // A select uses the arrow keys to change its value: leave them alone there.
        if (isSelect) return;
        event.preventDefault();
        this.moveVertically(control, event.key === "ArrowDown" ? 1 : -1);
        break;
      case "Enter":
        // Enter would submit the whole page's form; in the grid it goes down (Shift+Enter up).
        event.preventDefault();
        this.moveVertically(control, event.shiftKey ? -1 : 1);
        break;
      case "Escape":
        if (TEXT_FIELDS.has(control.dataset.field) && control.value !== control.dataset.saved) {
          event.preventDefault();
          control.value = control.dataset.saved;
          this.clearError(control);
          this.setStatus(control.closest("[data-figures-row]"), "", "");
          this.announce(`${labelOf(control)}: ${this.text.textRestored}`);
        }
        break;
      default:
        break;
    }
  }

  moveVertically(control, step) {
    const rows = Array.from(this.table.querySelectorAll("[data-figures-row]"));
    const index = rows.indexOf(control.closest("[data-figures-row]"));
    const target = rows[index + step];
    if (!target) return;
    const next = target.querySelector(`[data-field="${control.dataset.field}"]`);
    if (!next) return;
    next.focus();
    if (TEXT_FIELDS.has(next.dataset.field)) next.select();
  }

  save(control) {
    const row = control.closest("[data-figures-row]");
    const field = control.dataset.field;
    const value = this.controlValue(control);
    const number = ++this.counter;
    this.requests.set(control, number);
    this.setStatus(row, "saving", this.text.textSaving);
    // One request at a time, in the order of the changes: the answers (score, progress) then come in order
    // too, and two quick changes of one profile never race each other on the server.
    this.queue = this.queue
      .then(() => this.send(control, row, field, value, number))
      .catch((error) => console.error(error)); // a failed step must not stop the ones after it
  }

  async send(control, row, field, value, number) {
    let response;
    let data = null;
    try {
      response = await fetch(row.dataset.url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
        body: new URLSearchParams({ field, value }),
      });
      data = await response.json();
    } catch (error) {
      data = null;
    }
    if (this.requests.get(control) !== number) return; // a newer change of this cell is on its way
    if (!data || typeof data.message !== "string") {
      this.showError(control, this.text.textOffline);
      this.setStatus(row, "failed", this.text.textFailed);
      this.announce(`${labelOf(control)}: ${this.text.textOffline}`);
      return;
    }
    if (!response.ok || !data.ok) {
      this.showError(control, data.message);
      this.setStatus(row, "failed", this.text.textFailed);
      this.announce(`${labelOf(control)}: ${data.message}`);
      return;
    }
    // Show the value as stored ("1200" becomes "1.200") unless the user has typed on meanwhile.
    if (control.type === "checkbox") {
      control.checked = data.value === "yes";
    } else if (this.controlValue(control) === value) {
      control.value = data.value;
    }
    control.dataset.saved = data.value;
    this.clearError(control);
    if (field === "relevant") this.markRelevance(row, data.relevant);
    const score = row.querySelector("[data-score]");
    if (score) score.textContent = data.score;
    this.updateProgress(data.progress);
    this.setStatus(row, "saved", this.text.textSaved);
    this.announce(`${labelOf(control)}: ${data.message}`);
  }

  markRelevance(row, relevant) {
    row.classList.toggle("not-relevant", !relevant);
    const badge = row.querySelector("[data-not-relevant-badge]");
    if (relevant && badge) {
      badge.remove();
    } else if (!relevant && !badge) {
      const span = document.createElement("span");
      span.className = "badge";
      span.dataset.notRelevantBadge = "";
      span.textContent = this.text.textNotRelevant;
      row.querySelector("th a").after(" ", span);
    }
  }

  updateProgress(html) {
    const current = document.querySelector("[data-figures-progress]");
    if (!current || typeof html !== "string") return;
    const template = document.createElement("template");
    template.innerHTML = html.trim();
    const fresh = template.content.querySelector("[data-figures-progress]");
    if (fresh) current.replaceWith(fresh);
  }

  messageOf(control) {
    return control.closest("td").querySelector("[data-cell-message]");
  }

  showError(control, message) {
    const element = this.messageOf(control);
    if (element) {
      element.textContent = message;
      control.setAttribute("aria-describedby", element.id);
    }
    control.setAttribute("aria-invalid", "true");
    control.closest("td").classList.add("cell-invalid");
  }

  clearError(control) {
    const element = this.messageOf(control);
    if (element) element.textContent = "";
    control.removeAttribute("aria-invalid");
    control.removeAttribute("aria-describedby");
    control.closest("td").classList.remove("cell-invalid");
  }

  setStatus(row, state, text) {
    const status = row.querySelector("[data-row-status]");
    if (!status) return;
    // A row keeps saying "Not saved" while another of its cells is still wrong.
    const stillWrong = row.querySelector('[aria-invalid="true"]');
    if (state !== "saving" && stillWrong) {
      state = "failed";
      text = this.text.textFailed;
    }
    status.dataset.state = state;
    status.textContent = text;
  }

  announce(message) {
    if (!this.announcer) return;
    // Cleared first, so the same message twice ("Saved.") is read again.
    this.announcer.textContent = "";
    window.setTimeout(() => {
      this.announcer.textContent = message;
    }, 50);
  }
}

export function initFiguresGrid(root) {
  const tables = [];
  if (root.matches && root.matches("[data-figures-grid]")) tables.push(root);
  if (root.querySelectorAll) tables.push(...root.querySelectorAll("[data-figures-grid]"));
  tables.forEach((table) => {
    if (table.dataset.figuresReady) return;
    table.dataset.figuresReady = "true";
    new FiguresGrid(table);
  });
}
