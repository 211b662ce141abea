// Browser behaviour of the platform: htmx plus a few small, progressive enhancements.
// Every page works without JavaScript; these only make it quicker to use.
import htmx from "htmx.org";
import { initFiguresGrid } from "./figures-grid.js";
import { initImportProgress } from "./import-progress.js";

window.htmx = htmx;

function onReady(root) {
  initFiguresGrid(root);
  initImportProgress(root);
  // Auto-submitting selects (tenant switcher, page size): the form has a submit button for no-JS users.
  root.querySelectorAll("[data-autosubmit]").forEach((el) => {
    el.addEventListener("change", () => el.form.requestSubmit());
  });

  // Print buttons (the profile's print view).
  root.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });

  // "Select all" checkbox for bulk edit.
  root.querySelectorAll("[data-select-all]").forEach((box) => {
    box.addEventListener("change", () => {
      document.querySelectorAll(box.dataset.selectAll).forEach((row) => {
        row.checked = box.checked;
      });
      updateSelectionCount();
    });
  });
  root.querySelectorAll("[data-row-select]").forEach((box) => {
    box.addEventListener("change", updateSelectionCount);
  });

  // Print buttons (the printable report); hidden without JavaScript, where the page explains Ctrl+P.
  root.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  });

  // Buttons that must be confirmed (delete, mark not relevant).
  root.querySelectorAll("[data-confirm]").forEach((el) => {
    el.addEventListener("click", (event) => {
      if (!window.confirm(el.dataset.confirm)) event.preventDefault();
    });
  });
}

function updateSelectionCount() {
  const output = document.getElementById("selection-count");
  if (!output) return;
  const count = document.querySelectorAll("[data-row-select]:checked").length;
  output.textContent = output.dataset.template.replace("{n}", String(count));
}

document.addEventListener("DOMContentLoaded", () => onReady(document));
document.addEventListener("htmx:afterSettle", (event) => onReady(event.target));

// Send Django's CSRF token with every htmx request; the token sits in a meta tag.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="csrf-token"]');
  if (token) event.detail.headers["X-CSRFToken"] = token.content;
});

// Sorting and paging replace only the results; keep the filter form's hidden sort field in step with the
// address bar so the next filter change keeps the chosen order.
document.addEventListener("htmx:pushedIntoHistory", () => {
  const sort = new URLSearchParams(window.location.search).get("sort") || "";
  const field = document.querySelector('#filter-form input[name="sort"]');
  if (field) field.value = sort;
});

// ---------------------------------------------------------------------------------------------------------
// Catalogue links in the profile editor: an ARIA 1.2 combobox (list autocomplete, manual selection) over
// register:catalog_autocomplete, and removable link rows. Without JavaScript the section still works: rows are
// ticked checkboxes and the search field submits a GET search listing entries to tick.
// ---------------------------------------------------------------------------------------------------------

const CATALOG_DEBOUNCE_MS = 200;

function fillTemplate(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
}

class CatalogLinks {
  constructor(section) {
    this.section = section;
    this.text = section.dataset;
    this.input = section.querySelector("[data-catalog-search]");
    this.scope = section.querySelector("[data-catalog-scope]");
    this.listbox = section.querySelector("[data-catalog-options]");
    this.status = section.querySelector("[data-catalog-status]");
    this.groups = section.querySelector("[data-catalog-groups]");
    this.empty = section.querySelector("[data-catalog-empty]");
    this.minQuery = Number(section.dataset.minQuery || 2);
    this.timer = null;
    this.controller = null;
    this.active = null;

    section.querySelectorAll("[data-catalog-nojs]").forEach((el) => {
      el.hidden = true;
    });
    section.querySelectorAll("[data-catalog-link]").forEach((row) => this.enhanceRow(row));

    const input = this.input;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", this.listbox.id);
    input.addEventListener("input", () => this.schedule());
    input.addEventListener("keydown", (event) => this.onKey(event));
    input.addEventListener("blur", () => this.close());
    this.scope.addEventListener("change", () => this.schedule(0));
    // The search field belongs to the no-JS search form; with the combobox nothing may submit it.
    const searchForm = document.getElementById(input.getAttribute("form"));
    if (searchForm) searchForm.addEventListener("submit", (event) => event.preventDefault());

    // Mouse: keep the focus in the input while choosing, then select the clicked option.
    this.listbox.addEventListener("mousedown", (event) => event.preventDefault());
    this.listbox.addEventListener("click", (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.choose(option);
    });
    this.listbox.addEventListener("mousemove", (event) => {
      const option = event.target.closest('[role="option"]');
      if (option && option !== this.active) this.activate(option, false);
    });
    this.groups.addEventListener("click", (event) => {
      const button = event.target.closest("[data-catalog-remove]");
      if (button) this.remove(button.closest("[data-catalog-link]"));
    });
  }

  // A server-rendered row (a ticked checkbox with a label) becomes a hidden input and a remove button.
  enhanceRow(row) {
    const box = row.querySelector('input[type="checkbox"]');
    const label = row.querySelector("label");
    if (box) {
      if (!box.checked) {
        row.remove();
        return;
      }
      box.type = "hidden";
      box.removeAttribute("id");
    }
    if (label) {
      const span = document.createElement("span");
      span.className = label.className;
      while (label.firstChild) span.appendChild(label.firstChild);
      label.replaceWith(span);
    }
    row.appendChild(this.removeButton(row.dataset.label));
  }

  removeButton(label) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button-small catalog-link-remove";
    button.dataset.catalogRemove = "";
    // The name says which link goes ("Remove link to 99001003001000 Hundesteuer …"); the eye sees "Remove".
    const name = document.createElement("span");
    name.className = "visually-hidden";
    name.textContent = fillTemplate(this.text.textRemoveLabel, { label });
    const visible = document.createElement("span");
    visible.setAttribute("aria-hidden", "true");
    visible.textContent = this.text.textRemove;
    button.append(name, visible);
    return button;
  }

  chosen() {
    return new Set(
      Array.from(this.groups.querySelectorAll('input[name="catalog_entries"]'), (field) => field.value),
    );
  }

  schedule(delay = CATALOG_DEBOUNCE_MS) {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.search(), delay);
  }

  async search() {
    const query = this.input.value.trim();
    if (this.controller) this.controller.abort();
    if (query.length < this.minQuery) {
      this.controller = null;
      this.close();
      this.listbox.replaceChildren();
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    const params = new URLSearchParams({ q: query });
    if (this.scope.value) params.set("katalog", this.scope.value);
    let html;
    try {
      const response = await fetch(`${this.text.url}?${params}`, {
        signal: controller.signal,
        headers: { Accept: "text/html" },
        credentials: "same-origin",
      });
      if (!response.ok) return;
      html = await response.text();
    } catch (error) {
      if (error.name === "AbortError") return;
      throw error;
    }
    if (controller !== this.controller) return;
    this.controller = null;
    const template = document.createElement("template");
    template.innerHTML = html;
    const taken = this.chosen();
    const options = Array.from(template.content.querySelectorAll('[role="option"]')).filter(
      (option) => !taken.has(option.dataset.uuid),
    );
    this.listbox.replaceChildren(...options);
    this.active = null;
    this.input.removeAttribute("aria-activedescendant");
    this.announce(fillTemplate(this.text.textCount, { n: options.length }));
    if (options.length && document.activeElement === this.input) this.open();
    else this.close();
  }

  options() {
    return Array.from(this.listbox.querySelectorAll('[role="option"]'));
  }

  isOpen() {
    return !this.listbox.hidden;
  }

  open() {
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  close() {
    this.listbox.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    if (this.active) this.active.setAttribute("aria-selected", "false");
    this.active = null;
  }

  activate(option, scroll = true) {
    if (this.active) this.active.setAttribute("aria-selected", "false");
    this.active = option;
    option.setAttribute("aria-selected", "true");
    this.input.setAttribute("aria-activedescendant", option.id);
    if (scroll) option.scrollIntoView({ block: "nearest" });
  }

  move(step) {
    const options = this.options();
    if (!options.length) return;
    if (!this.isOpen()) this.open();
    const index = this.active ? options.indexOf(this.active) : step > 0 ? -1 : options.length;
    this.activate(options[(index + step + options.length) % options.length]);
  }

  onKey(event) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!this.isOpen() && event.altKey) this.open();
        else this.move(1);
        break;
      case "ArrowUp":
        event.preventDefault();
        this.move(-1);
        break;
      case "Enter":
        // Never submit a form from the search field: Enter picks the active option or does nothing.
        event.preventDefault();
        if (this.isOpen() && this.active) this.choose(this.active);
        break;
      case "Escape":
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = "";
        }
        break;
      case "Tab":
        this.close();
        break;
      default:
        break;
    }
  }

  choose(option) {
    const { uuid, label } = option.dataset;
    if (!this.chosen().has(uuid)) this.add(option.dataset);
    this.close();
    this.input.value = "";
    this.listbox.replaceChildren();
    this.input.focus();
    this.announce(fillTemplate(this.text.textAdded, { label }));
  }

  add({ uuid, label, key, name, catalog, catalogName }) {
    let group = this.groups.querySelector(`[data-catalog-group="${CSS.escape(catalog)}"]`);
    if (!group) {
      group = document.createElement("div");
      group.className = "catalog-link-group";
      group.setAttribute("role", "group");
      group.dataset.catalogGroup = catalog;
      const title = document.createElement("p");
      title.className = "catalog-link-group-title";
      title.id = `catalog-group-${catalog}`;
      title.textContent = catalogName;
      group.setAttribute("aria-labelledby", title.id);
      const list = document.createElement("ul");
      list.className = "catalog-link-list";
      group.append(title, list);
      this.groups.appendChild(group);
    }
    const row = document.createElement("li");
    row.className = "catalog-link catalog-link-new";
    row.dataset.catalogLink = "";
    row.dataset.uuid = uuid;
    row.dataset.label = label;
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = "catalog_entries";
    field.value = uuid;
    const text = document.createElement("span");
    text.className = "catalog-link-label";
    if (key) {
      const keySpan = document.createElement("span");
      keySpan.className = "key";
      keySpan.textContent = key;
      text.append(keySpan, " ");
    }
    const where = document.createElement("span");
    where.className = "visually-hidden";
    where.textContent = ` (${catalogName})`;
    text.append(name, where);
    row.append(field, text, this.removeButton(label));
    group.querySelector("ul").appendChild(row);
    this.empty.hidden = true;
  }

  remove(row) {
    const rows = Array.from(this.groups.querySelectorAll("[data-catalog-link]"));
    const index = rows.indexOf(row);
    const next = rows[index + 1] || rows[index - 1];
    const group = row.closest("[data-catalog-group]");
    const label = row.dataset.label;
    row.remove();
    if (group && !group.querySelector("[data-catalog-link]")) group.remove();
    const button = next && next.querySelector("[data-catalog-remove]");
    if (button) button.focus();
    else this.input.focus();
    this.empty.hidden = rows.length > 1;
    this.announce(fillTemplate(this.text.textRemoved, { label }));
  }

  announce(message) {
    // Cleared first, so the same message ("3 results" twice) is read again.
    this.status.textContent = "";
    window.setTimeout(() => {
      this.status.textContent = message;
    }, 50);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-catalog-links]").forEach((section) => new CatalogLinks(section));
});

// Catalogue tree: after "load more" the first new entry takes the focus (the link that had it is gone).
document.addEventListener("htmx:afterSettle", () => {
  const first = document.querySelector("[data-focus-on-load]");
  if (first) {
    first.removeAttribute("data-focus-on-load");
    first.focus();
  }
});
