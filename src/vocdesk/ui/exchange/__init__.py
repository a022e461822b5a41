"""The window's side of the offices' exchange (issue 20): this installation's office, File ›
Send…, File › Receive… and the review of conflicts between offices."""
