"""Screens: the reader, and the dialogs over it (help, save as) and the error screen."""
