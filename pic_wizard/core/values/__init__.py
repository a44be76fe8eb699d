"""The vocabulary and the values: topology answers, certificate content, findings and their
catalogue, errors, policy dates, countries, untrusted text.
"""
