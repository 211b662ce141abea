"""Test helpers for real-browser tests: Debian's Chromium driven by Playwright, checked with axe-core."""

import os
import shutil
from pathlib import Path
from typing import Any

REPO_DIR = Path(__file__).resolve().parents[2]
AXE_SCRIPT = REPO_DIR / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def chromium_path() -> str | None:
    """Debian's Chromium (installed by scripts/setup), never a downloaded browser."""
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core in the page and return the WCAG 2.1 AA violations (empty when the page passes)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: the page's Content-Security-Policy stays in force for
        # the application's own scripts and is not weakened for the test.
        page.evaluate("() => {" + AXE_SCRIPT.read_text(encoding="utf-8") + "\n}")
    violations: list[dict[str, Any]] = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: tags})).violations", WCAG_AA
    )
    return violations


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """A readable summary for assertion messages."""
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} – {targets}")
    return "\n".join(lines)
