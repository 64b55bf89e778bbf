"""The day swaps of each year (make-up Saturdays, moved holidays), one <year>.yaml a year."""
