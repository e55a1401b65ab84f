"""Files in and out: import, PDF and FHIR export, backups and the File menu's actions."""
