"""The Reports menu: a report's options, its progress, the PDF opened in the system viewer."""
