"""Reading documents and spreadsheets made outside planctl back into its data."""
