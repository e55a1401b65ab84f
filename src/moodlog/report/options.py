"""The report's choices that the command line offers: plain constants, so that building the
parser imports nothing of the report itself."""

PAGE_SIZES = ("a4", "letter")
DEFAULT_DAYS = 90
