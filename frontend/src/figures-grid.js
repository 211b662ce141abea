// Kennzahlen erheben: the figures grid (being built).
export function initFiguresGrid(root) {}
