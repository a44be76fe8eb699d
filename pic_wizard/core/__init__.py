"""The domain, in pure Python: no Qt here (a test checks it)."""
