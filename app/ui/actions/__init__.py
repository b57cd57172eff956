"""The file actions of the UI, each a flow of dialogs over the commands: the inventory's workbooks, the audit
package, printing a PDF.

See docs/architecture.md.
"""
