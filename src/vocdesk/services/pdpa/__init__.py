"""The agency's duties under the PDPA (issue 19), one module per duty: the privacy notice and
consents, the data subject's requests, a person's data gathered for access, anonymisation,
retention, and masking."""
