"""Widgets of the reader: the article view, the outline pane and tree, the search bar."""
