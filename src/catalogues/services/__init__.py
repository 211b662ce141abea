"""Writes of the catalogues app: ``entries`` (context entries, search documents), ``versions`` (imports)."""
