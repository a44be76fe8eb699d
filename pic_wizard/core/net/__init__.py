"""The network, read-only: DNS lookups (SRV, A/AAAA) and a TLS handshake that reads what an
Edge serves.  Values in, values out; every wait is bounded and can be cancelled."""
