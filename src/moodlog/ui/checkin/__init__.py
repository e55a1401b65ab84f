"""The daily check-in form."""
