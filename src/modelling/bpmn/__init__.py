"""The BPMN document library: safe parsing, schema and semantic checks, summary, comparison, blank model.

Pure Python and lxml, no database: ``documents`` reads a file (or refuses it), ``schema`` and ``checks`` find
what a modeller should look at, ``summary`` counts what the model holds, ``compare`` tells whether two files
say the same, ``blank`` writes the diagram a new model begins with.
"""
