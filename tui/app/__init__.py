"""The reader: a Textual app with the article and its outline side by side.

This is the only package that imports Textual. It consumes the engine's `Outline`
and never computes NLP itself; the analysis runs in a thread worker so the article
paints before spaCy is imported. Start it with `tui.app.launch.run_reader`.
"""
