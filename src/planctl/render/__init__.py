"""Writers: the plan view into .docx, .xlsx, .csv and .pdf files."""
