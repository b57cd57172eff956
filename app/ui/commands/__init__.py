"""The undoable commands: the workbench, the controller between the widgets and the use cases (each edit one
undo step, each refusal a bilingual message), and its field-work, findings and statement parts.

See docs/architecture.md.
"""
