"""Data files shipped with planctl (the working-day overrides of each year)."""
