"""DPO Desk: the desktop workbench of a data protection officer."""

__version__ = "0.1.0"
APP_NAME = "DPO Desk"
APP_ID = "dpo-desk"
