"""Errors the user can act on. Each carries the exit code documented in the README."""

from __future__ import annotations


class PrecisError(Exception):
    """An error with a one-line message for the user and an exit code."""

    exit_code = 1

    def __init__(self, message: str, *, subject: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.subject = subject

    def __str__(self) -> str:
        return f"{self.subject}: {self.message}" if self.subject else self.message


class InputError(PrecisError):
    """The source cannot be read as an article (missing, empty, binary, too large…)."""

    exit_code = 2


class ModelError(PrecisError):
    """No usable spaCy pipeline is installed."""

    exit_code = 3


class FetchError(PrecisError):
    """A URL could not be fetched."""

    exit_code = 4


class OutputError(PrecisError):
    """A file could not be written (exists, unwritable folder, disk full)."""

    exit_code = 5


class ConfigError(PrecisError):
    """The config file has an unknown key, a wrong type or bad syntax."""

    exit_code = 6
