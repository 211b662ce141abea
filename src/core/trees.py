"""Trees stored with a materialised path, so a whole subtree is one indexed prefix query."""

from __future__ import annotations

import uuid
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

PATH_SEGMENT_LENGTH = 33  # 32 hex digits of the node's UUID and a slash
MAX_DEPTH = 12


class TreeNode(models.Model):
    """Abstract tree node: ``path`` is the chain of ancestor UUIDs, ``depth`` starts at 0 for roots.

    Concrete models add ``parent`` (a ForeignKey to themselves) and a ``uuid``, and index ``path``
    together with their tenant.
    """

    path = models.CharField(_("path"), max_length=PATH_SEGMENT_LENGTH * MAX_DEPTH, editable=False)
    depth = models.PositiveSmallIntegerField(_("depth"), default=0, editable=False)

    parent: Any
    uuid: uuid.UUID  # provided by the concrete model's other base (e.g. TenantOwned)
    # Fields that make up the node's label in select fields, joined by a space (see core.forms).
    label_fields: tuple[str, ...] = ("name",)

    class Meta:
        abstract = True

    def compute_path(self) -> None:
        """Set ``path`` and ``depth`` from the parent (call before saving a new or moved node)."""
        prefix = self.parent.path if self.parent is not None else ""
        self.path = f"{prefix}{self.uuid.hex}/"
        self.depth = self.path.count("/") - 1

    def is_ancestor_of(self, other: TreeNode) -> bool:
        """Whether ``other`` lies strictly below this node."""
        return other.path.startswith(self.path) and other.path != self.path


def sort_as_tree(nodes: list[Any], *, key: str = "name") -> list[Any]:
    """Order nodes depth-first, siblings by ``key``, so a flat list reads as an indented tree."""
    children: dict[Any, list[Any]] = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    ids = {node.pk for node in nodes}
    roots = [n for n in nodes if n.parent_id is None or n.parent_id not in ids]
    ordered: list[Any] = []

    def visit(siblings: list[Any]) -> None:
        for node in sorted(siblings, key=lambda n: (getattr(n, "position", 0), str(getattr(n, key)).lower())):
            ordered.append(node)
            visit(children.get(node.pk, []))

    visit(roots)
    return ordered


def rebase(nodes: list[Any], *, old_prefix: str, new_prefix: str) -> list[Any]:
    """Re-anchor the paths of a moved node's descendants; returns the changed nodes for bulk_update."""
    for node in nodes:
        node.path = new_prefix + node.path[len(old_prefix) :]
        node.depth = node.path.count("/") - 1
        if node.depth >= MAX_DEPTH:
            raise ValidationError(_("A hierarchy may have at most %(n)d levels.") % {"n": MAX_DEPTH})
    return nodes


def check_new_parent(node: TreeNode | None, parent: TreeNode | None) -> bool:
    """Whether ``parent`` may become the parent of ``node`` (not the node itself nor below it)."""
    if parent is None or node is None or node.pk is None:
        return True
    return parent.pk != node.pk and not node.is_ancestor_of(parent)
