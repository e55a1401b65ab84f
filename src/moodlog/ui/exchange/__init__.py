"""Moving data in and out of the journal: the import and export dialogs."""
