"""Statement helpers shared by the read services: searching, sorting and paging in SQL.

Nothing here opens or commits a transaction; the services own the sessions.
"""
