"""Checks of the tree an imported file describes: cycles, depth, parents-first order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from django.utils.translation import gettext as _

from catalogues.importers.base import Problems
from core.trees import MAX_DEPTH

T = TypeVar("T")


def check_tree(
    items: Sequence[T],
    *,
    ident: Callable[[T], str],
    parent: Callable[[T], str | None],
    row: Callable[[T], int],
    label: Callable[[T], str],
    problems: Problems,
    column: str | None = None,
) -> list[T]:
    """Report cycles and too deep nesting; return the items parents-first (else in file order).

    ``parent`` gives the parent's identity; parents the caller found missing must already be reported
    and given as ``None``.
    """
    by_ident = {ident(item): item for item in items}
    parent_of = {ident(item): parent(item) for item in items}
    state: dict[str, int] = {}  # 0 = being walked in walk number n (stored as -n-1), 1 = done
    in_cycle: set[str] = set()
    for walk, item in enumerate(items):
        path: list[str] = []
        current: str | None = ident(item)
        while current is not None and current in by_ident and current not in state:
            state[current] = -walk - 1
            path.append(current)
            current = parent_of[current]
        if current is not None and state.get(current) == -walk - 1:
            cycle = path[path.index(current) :]
            in_cycle.update(cycle)
            start = min(range(len(cycle)), key=lambda i: row(by_ident[cycle[i]]))
            cycle = cycle[start:] + cycle[:start]
            first = by_ident[cycle[0]]
            if len(cycle) == 1:
                message = _("The entry %(key)s is its own parent.") % {"key": label(first)}
            else:
                message = _(
                    "The entries %(keys)s form a cycle (each arrow leads from an entry to its parent)."
                ) % {"keys": " → ".join(label(by_ident[i]) for i in [*cycle, cycle[0]])}
            problems.add(message, row=row(first), column=column)
        for walked in path:
            state[walked] = 1

    depth: dict[str, int | None] = {}  # None: in or below a cycle
    for item in items:
        chain: list[str] = []
        node: str | None = ident(item)
        base: int | None = -1
        while node is not None:
            if node in depth:
                base = depth[node]
                break
            if node in in_cycle:
                base = None
                break
            chain.append(node)
            above = parent_of[node]
            node = above if above is not None and above in by_ident else None
        for visited in reversed(chain):
            base = None if base is None else base + 1
            depth[visited] = base
        if depth.get(ident(item)) == MAX_DEPTH:  # 0-based: the first level below the last one allowed
            problems.add(
                _("The entry lies %(level)d levels deep; at most %(max)d levels are allowed.")
                % {"level": MAX_DEPTH + 1, "max": MAX_DEPTH},
                row=row(item),
                column=column,
            )
    if problems:
        return list(items)
    return parents_first(items, ident=ident, parent=parent)


def parents_first(
    items: Sequence[T], *, ident: Callable[[T], str], parent: Callable[[T], str | None]
) -> list[T]:
    """Depth-first order, roots and siblings in file order (the tree must have no cycles)."""
    known = {ident(item) for item in items}
    children: dict[str | None, list[T]] = {}
    for item in items:
        key = parent(item)
        children.setdefault(key if key in known else None, []).append(item)
    ordered: list[T] = []
    stack = [iter(children.get(None, []))]
    while stack:
        for item in stack[-1]:
            ordered.append(item)
            stack.append(iter(children.get(ident(item), [])))
            break
        else:
            stack.pop()
    return ordered
