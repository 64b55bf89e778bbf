"""One module per command: plain arguments in, an exit code out. No option parsing here."""
