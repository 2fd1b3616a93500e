"""The catalogue's sentences, a module for each part of the work they come from."""
