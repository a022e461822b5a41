"""The encryption dialogs: the passphrase asked when an encrypted database is opened, and the
administrator's dialog that encrypts the database, changes its passphrase or removes it."""
