"""Preferences: the dialog, its privacy and reminder sections, passphrase dialogs."""
