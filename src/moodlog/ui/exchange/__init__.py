"""Files in and out: import, PDF export, backups and the File menu's actions."""
