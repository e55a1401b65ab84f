"""The safety room: crisis lines a person can act on and the personal safety plan."""
