"""Tests of `planctl build`: the .docx documents, read back with python-docx."""
