"""The application icon in every size the window and the desktop use, made from
resources/icons/pic-wizard.svg by tools/icons.py (loaded with importlib.resources)."""
