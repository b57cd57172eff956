"""The pages of the engagement workspace, one module each."""
