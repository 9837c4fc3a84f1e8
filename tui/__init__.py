"""precis: a terminal article reader with a grounded outline."""

__version__ = "0.1.0"
