"""The breach log tab (Art. 33(5)) and its form."""
