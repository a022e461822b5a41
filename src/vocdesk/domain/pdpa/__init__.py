"""The Personal Data Protection Act B.E. 2562 (PDPA) as rules: consents and their purposes, the
privacy notice, the data subject's requests and their deadline, retention, masking."""
