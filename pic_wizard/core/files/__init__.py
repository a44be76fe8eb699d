"""Files in and out: safe writes and bounded reads, the profile, Topology Builder documents and
Management Shell text.
"""
