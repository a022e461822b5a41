"""The window's side of accounts (issue 16): signing in, the first administrator, one's own
password, and the administrators' Users and roles dialog. The work is
``services.accounts.AccountsService``'s; these dialogs only ask and show."""
