// Browser behaviour of the platform: htmx plus a few small, progressive enhancements.
// Every page works without JavaScript; these only make it quicker to use.
import htmx from "htmx.org";

window.htmx = htmx;

function onReady(root) {
  // Auto-submitting selects (tenant switcher, page size): the form has a submit button for no-JS users.
  root.querySelectorAll("[data-autosubmit]").forEach((el) => {
    el.addEventListener("change", () => el.form.requestSubmit());
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
