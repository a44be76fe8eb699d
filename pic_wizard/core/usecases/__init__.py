"""One module per use case, called by both the wizard and the command line."""
