"""The Personal data menu's windows (issue 19): requests of data subjects, consents, the
retention review."""
