"""Tools for developing DPO Desk (not part of the program a user runs)."""
