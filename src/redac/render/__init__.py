"""Render: documents and articles -> Markdown / JSON text."""
