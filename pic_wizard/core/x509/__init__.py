"""X.509 reading: DER, PBE parameters, loading every format, the chain to a trusted root, PFX
building.
"""
