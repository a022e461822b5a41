"""The Complaints tab: cases, their dialogs and the KPIs."""
