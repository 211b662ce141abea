"""Writes of the process register, one module per entity; UI, commands and tests call these."""
