"""planctl: Vietnamese government plans as YAML, compiled into official documents."""

__version__ = "0.1.0"
