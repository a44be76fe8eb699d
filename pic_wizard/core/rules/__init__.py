"""The rules: names judged, the names a topology expects, the plan, the content rules, the
verdict on a certificate or request.
"""
