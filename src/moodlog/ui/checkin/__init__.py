"""The Today room: the daily check-in form and its parts."""
