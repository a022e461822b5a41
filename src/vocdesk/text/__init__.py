"""Thai text handling shared by the UI and the reports: word segmentation and display forms."""
