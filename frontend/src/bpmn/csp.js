// The site's Content-Security-Policy allows no inline styles ("style-src 'self'"). bpmn-js draws the icons
// of its align and distribute menus as SVG markup with style="…" attributes, which the browser then refuses
// (and reports as errors). This module rewrites such markup before it is shown: every declaration of a style
// attribute becomes the SVG presentation attribute of the same name (stroke, fill, opacity, …), which the
// policy does not restrict, so the icons look the same. Styles bpmn-js sets through the CSSOM
// (element.style) are allowed by the policy and need nothing.

const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;

/**
 * `markup` with every style="a:b;c:d" turned into a="b" c="d".
 *
 * @param {string} markup
 * @returns {string}
 */
export function withoutInlineStyles(markup) {
  if (typeof markup !== "string" || markup.indexOf("style=") === -1) {
    return markup;
  }
  return markup.replace(STYLE_ATTRIBUTE, (match, declarations) =>
    declarations
      .split(";")
      .map((declaration) => declaration.split(":"))
      .filter((parts) => parts.length === 2 && /^[a-z-]+$/.test(parts[0].trim()))
      .map(([name, value]) => ` ${name.trim()}="${value.trim().replace(/"/g, "&quot;")}"`)
      .join(""),
  );
}

function cleanEntries(entries) {
  Object.keys(entries).forEach((id) => {
    const entry = entries[id];
    if (entry && typeof entry === "object") {
      if (entry.html) {
        entry.html = withoutInlineStyles(entry.html);
      }
      if (entry.imageHtml) {
        entry.imageHtml = withoutInlineStyles(entry.imageHtml);
      }
    }
  });
  return entries;
}

// The popup menus of bpmn-js 18 (replace, align, our append menu).
const POPUP_MENUS = ["bpmn-replace", "align-elements", "opp-append"];

function CspStyles(injector) {
  const contextPad = injector.get("contextPad", false);
  const popupMenu = injector.get("popupMenu", false);
  // Priority 1: asked last, so every other provider's entries are there to be cleaned.
  const cleaner = {
    getContextPadEntries: () => cleanEntries,
    getMultiElementContextPadEntries: () => cleanEntries,
    getPopupMenuEntries: () => cleanEntries,
    getPopupMenuHeaderEntries: () => cleanEntries,
  };
  if (contextPad) {
    contextPad.registerProvider(1, cleaner);
  }
  if (popupMenu) {
    POPUP_MENUS.forEach((id) => popupMenu.registerProvider(id, 1, cleaner));
  }
}

CspStyles.$inject = ["injector"];

export default {
  __init__: ["cspStyles"],
  cspStyles: ["type", CspStyles],
};
