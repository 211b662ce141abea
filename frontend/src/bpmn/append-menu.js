// Keyboard access to appending: with one element selected on the canvas, "A" opens a menu of the element's
// "… anhängen" actions (the same ones the context pad offers). bpmn-js itself has no such shortcut; with
// it a whole process can be drawn without a mouse: A, arrow keys, Enter, type the name, Enter.

const PROVIDER = "opp-append";

function AppendMenu(keyboard, selection, contextPad, popupMenu, canvas, eventBus) {
  this._selection = selection;
  this._contextPad = contextPad;
  this._popupMenu = popupMenu;
  this._canvas = canvas;

  popupMenu.registerProvider(PROVIDER, this);

  keyboard.addListener((context) => {
    const event = context.keyEvent;
    if (keyboard.hasModifier(event) || !keyboard.isKey(["a", "A"], event)) {
      return;
    }
    return this.open();
  });

  // Leave the keyboard on the canvas after a choice (the menu had the focus).
  eventBus.on("popupMenu.close", () => {
    if (this._open) {
      this._open = false;
      window.setTimeout(() => {
        if (document.activeElement === document.body) {
          canvas.focus();
        }
      });
    }
  });
}

AppendMenu.$inject = ["keyboard", "selection", "contextPad", "popupMenu", "canvas", "eventBus"];

AppendMenu.prototype._appendEntries = function (element) {
  const entries = this._contextPad.getEntries(element);
  return Object.keys(entries)
    .filter((id) => id.startsWith("append."))
    .map((id) => ({ id, entry: entries[id] }));
};

/**
 * Open the menu for the selected element; false when there is nothing to append to.
 *
 * @returns {boolean}
 */
AppendMenu.prototype.open = function () {
  const selected = this._selection.get();
  if (selected.length !== 1 || !this._appendEntries(selected[0]).length) {
    return false;
  }
  const element = selected[0];
  const viewbox = this._canvas.viewbox();
  const box = this._canvas.getContainer().getBoundingClientRect();
  const position = {
    x: box.left + (element.x + (element.width || 0) - viewbox.x) * viewbox.scale + 8,
    y: box.top + (element.y - viewbox.y) * viewbox.scale,
  };
  this._open = true;
  this._popupMenu.open(element, PROVIDER, position, { title: "Element anhängen", search: true, width: 320 });
  return true;
};

AppendMenu.prototype.getPopupMenuEntries = function (element) {
  const result = {};
  for (const { id, entry } of this._appendEntries(element)) {
    const click = entry.action && (typeof entry.action === "function" ? entry.action : entry.action.click);
    if (typeof click !== "function") {
      continue;
    }
    result[id] = {
      label: entry.title,
      className: entry.className,
      action: (event) => {
        this._popupMenu.close();
        click(event, element);
      },
    };
  }
  return result;
};

export default {
  __init__: ["appendMenu"],
  appendMenu: ["type", AppendMenu],
};
