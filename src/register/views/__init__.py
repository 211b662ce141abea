"""Views of the process register, one module per entity."""
