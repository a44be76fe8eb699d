"""Qt item models that adapt core values for the wizard's views.

The models only present what the core computed: a name's error comes from
``core.names.judge``, a SAN entry's reasons from the plan, a finding's text from the
catalogue.  No rule lives here.

Import each model from its module (``pic_wizard.models.findings`` …): the package does
not import them all, so that the wizard's start-up does not load cryptography for the
certification path model before the user checks a certificate.
"""
