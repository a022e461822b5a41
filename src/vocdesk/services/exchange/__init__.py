"""Offices exchanging their records in bundles (issue 20; docs/offices.md): the bundle file
(``bundle_file``: a compact, checksummed, versioned and encrypted container), the installation's
own office, and sending and receiving a bundle (``service``)."""
