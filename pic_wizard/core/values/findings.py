"""Findings are data: a rule, a severity, what it is about and the values that explain it.

Text is made at the edge (CLI, wizard, report) from the English templates kept here, so a
translation layer can swap the templates without touching a rule.  The catalogue is the
one of the domain specification (section 4); its IDs are stable and used in tests, in the
CLI's JSON and in the documentation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Literal

from .i18n import N_
from .record import field, frozen


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANKS[self._value_]  # not .value, a descriptor call for every finding


_RANKS = {"error": 0, "warning": 1, "info": 2}


class RuleId(Enum):
    NAME_SYNTAX = "NAME-SYNTAX"
    NAME_IP = "NAME-IP"
    NAME_SINGLE_LABEL = "NAME-SINGLE-LABEL"
    NAME_INTERNAL = "NAME-INTERNAL"
    NAME_WILDCARD = "NAME-WILDCARD"
    NAME_IDN = "NAME-IDN"
    DOMAIN_NONE = "DOMAIN-NONE"
    DOMAIN_DUPLICATE = "DOMAIN-DUPLICATE"
    SUBJECT_NOT_ACCESS_EDGE = "SUBJECT-NOT-ACCESS-EDGE"
    SUBJECT_NOT_IN_SAN = "SUBJECT-NOT-IN-SAN"
    SAN_ACCESS_EDGE_MISSING = "SAN-ACCESS-EDGE-MISSING"
    SAN_WEBCONF_MISSING = "SAN-WEBCONF-MISSING"
    SAN_SIP_DOMAIN_MISSING = "SAN-SIP-DOMAIN-MISSING"
    SAN_XMPP_MISSING = "SAN-XMPP-MISSING"
    SAN_AV_PRESENT = "SAN-AV-PRESENT"
    SAN_DUPLICATE = "SAN-DUPLICATE"
    SAN_EXTRA = "SAN-EXTRA"
    SAN_ORDER = "SAN-ORDER"
    SAN_LIMIT = "SAN-LIMIT"
    XMPP_UNSUPPORTED = "XMPP-UNSUPPORTED"
    EKU_SERVER_MISSING = "EKU-SERVER-MISSING"
    EKU_CLIENT_MISSING = "EKU-CLIENT-MISSING"
    EKU_CLIENT_SUNSET = "EKU-CLIENT-SUNSET"
    EKU_CLIENT_DROPPED = "EKU-CLIENT-DROPPED"
    KU_INCOMPLETE = "KU-INCOMPLETE"
    KEY_RSA_SMALL = "KEY-RSA-SMALL"
    KEY_RSA_UNLISTED = "KEY-RSA-UNLISTED"
    KEY_EC = "KEY-EC"
    KEY_NOT_EXPORTABLE = "KEY-NOT-EXPORTABLE"
    KEY_MISMATCH = "KEY-MISMATCH"
    SIG_PSS = "SIG-PSS"
    SIG_SHA1 = "SIG-SHA1"
    SIG_WEAK = "SIG-WEAK"
    CERT_EXPIRED = "CERT-EXPIRED"
    CERT_NOT_YET_VALID = "CERT-NOT-YET-VALID"
    CERT_EXPIRING = "CERT-EXPIRING"
    CERT_NO_CDP = "CERT-NO-CDP"
    CERT_SELF_SIGNED = "CERT-SELF-SIGNED"
    CERT_IS_CA = "CERT-IS-CA"
    CERT_VALIDITY_OVER_MAX = "CERT-VALIDITY-OVER-MAX"
    CHAIN_INCOMPLETE = "CHAIN-INCOMPLETE"
    CHAIN_UNTRUSTED = "CHAIN-UNTRUSTED"
    CHAIN_ORDER = "CHAIN-ORDER"
    PIC_AOL_ENDED = "PIC-AOL-ENDED"
    PIC_YAHOO_ENDED = "PIC-YAHOO-ENDED"
    PRODUCT_EOL = "PRODUCT-EOL"
    POOL_SAME_CERT = "POOL-SAME-CERT"
    # pic-wizard's additions to the catalogue: comparing a certificate with its request,
    # a request whose own signature does not verify, a subject too long for X.509, and a
    # PFX that cannot be imported on an Edge Server for want of its key.
    REQUEST_NAME_DROPPED = "REQUEST-NAME-DROPPED"
    REQUEST_NAME_ADDED = "REQUEST-NAME-ADDED"
    REQUEST_SUBJECT_CHANGED = "REQUEST-SUBJECT-CHANGED"
    CSR_SIGNATURE_INVALID = "CSR-SIGNATURE-INVALID"
    SUBJECT_TOO_LONG = "SUBJECT-TOO-LONG"
    PFX_NO_KEY = "PFX-NO-KEY"
    # The Edge's Trusted Root store (pic-wizard-cli roots): certificates that are not
    # roots, twice, expired, and roots that are missing.
    ROOT_STORE_INTERMEDIATE = "ROOT-STORE-INTERMEDIATE"
    ROOT_STORE_DUPLICATE = "ROOT-STORE-DUPLICATE"
    ROOT_STORE_EXPIRED = "ROOT-STORE-EXPIRED"
    ROOT_STORE_MISSING = "ROOT-STORE-MISSING"
    # Client Authentication sunset and validity: a request that asks for no usage.
    EKU_CA_DECIDES = "EKU-CA-DECIDES"
    # probe: what a deployed Edge serves, found through DNS as partners and clients find it.
    DNS_SRV_MISSING = "DNS-SRV-MISSING"
    DNS_SRV_TARGET_NOT_IN_SAN = "DNS-SRV-TARGET-NOT-IN-SAN"
    DNS_NO_ADDRESS = "DNS-NO-ADDRESS"
    DNS_LOOKUP_FAILED = "DNS-LOOKUP-FAILED"
    TLS_CONNECT_FAILED = "TLS-CONNECT-FAILED"
    TLS_CHAIN_NOT_SERVED = "TLS-CHAIN-NOT-SERVED"
    TLS_VERSION_OLD = "TLS-VERSION-OLD"
    TLS_SERVED_NOT_PLANNED = "TLS-SERVED-NOT-PLANNED"
    TLS_NAME_MISMATCH = "TLS-NAME-MISMATCH"


@frozen
class RuleSpec:
    """A rule of the catalogue: its severity and its English texts."""

    rule: RuleId
    severity: Severity
    title: str
    message: str
    fix: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO


def _spec(rule: RuleId, severity: Severity, title: str, message: str, fix: str) -> RuleSpec:
    return RuleSpec(rule, severity, title, message, fix)


# English source text.  Templates use str.format fields filled from Finding.params.
CATALOGUE: Mapping[RuleId, RuleSpec] = {
    s.rule: s
    for s in (
        _spec(
            RuleId.NAME_SYNTAX,
            _E,
            "Not a DNS host name",
            "{field} '{name}' is not a valid DNS host name: {reason}.",
            "Use letters, digits and hyphens only, labels of 1 to 63 characters that do not "
            "start or end with a hyphen, 253 characters at most.",
        ),
        _spec(
            RuleId.NAME_IP,
            _E,
            "IP address instead of a name",
            "{field} '{name}' is an IP address; the Edge certificate needs DNS names.",
            "Use the public DNS name that resolves to this address.",
        ),
        _spec(
            RuleId.NAME_SINGLE_LABEL,
            _E,
            "Single-label name",
            "{field} '{name}' has a single label; a public certification authority refuses "
            "such names.",
            "Use the fully qualified public name, for example '{name}.contoso.com'.",
        ),
        _spec(
            RuleId.NAME_INTERNAL,
            _E,
            "Internal name",
            "{field} '{name}' ends in '.{suffix}', which is not a public top-level domain; "
            "public certification authorities may not issue internal names (no such "
            "certificate has been valid since {internal_names_end}).",
            "Use a name in a domain you own on the Internet and publish it in public DNS.",
        ),
        _spec(
            RuleId.NAME_WILDCARD,
            _E,
            "Wildcard name",
            "{field} '{name}' is a wildcard; wildcards are not supported on the external "
            "Edge interface (only for the reverse proxy's simple URLs).",
            "Use the exact external FQDN of the Edge service.",
        ),
        _spec(
            RuleId.NAME_IDN,
            _I,
            "Internationalised name",
            "{field} '{unicode}' is an internationalised name; it is written in the "
            "certificate as '{ascii}'.",
            "Check that the certification authority accepts internationalised names.",
        ),
        _spec(
            RuleId.DOMAIN_NONE,
            _E,
            "No SIP domain",
            "No SIP domain is given.",
            "Add at least your default SIP domain (the first one in the list).",
        ),
        _spec(
            RuleId.DOMAIN_DUPLICATE,
            _W,
            "Duplicate SIP domain",
            "The SIP domain '{name}' is listed more than once.",
            "Remove the duplicate entry.",
        ),
        _spec(
            RuleId.SUBJECT_NOT_ACCESS_EDGE,
            _W,
            "Subject is not the Access Edge FQDN",
            "The subject name '{name}' is not the Access Edge external FQDN '{expected}'.",
            "Microsoft recommends the Access Edge external FQDN as the subject name; use it "
            "unless you mean the pool's FQDN.",
        ),
        _spec(
            RuleId.SUBJECT_NOT_IN_SAN,
            _E,
            "Subject name missing from the SAN",
            "The subject name '{name}' is not repeated in the subject alternative names; TLS "
            "ignores the subject and uses only the SAN entries.",
            "Add '{name}' as the first subject alternative name.",
        ),
        _spec(
            RuleId.SAN_ACCESS_EDGE_MISSING,
            _E,
            "Access Edge FQDN missing",
            "The Access Edge external FQDN '{name}' is not among the subject alternative names.",
            "Add '{name}' to the subject alternative names.",
        ),
        _spec(
            RuleId.SAN_WEBCONF_MISSING,
            _E,
            "Web Conferencing Edge FQDN missing",
            "The Web Conferencing Edge external FQDN '{name}' is not among the subject "
            "alternative names.",
            "Add '{name}' to the subject alternative names.",
        ),
        _spec(
            RuleId.SAN_SIP_DOMAIN_MISSING,
            _W,
            "sip.<domain> missing",
            "'{name}' is not among the subject alternative names; clients of the SIP domain "
            "'{domain}' sign in and federate through it.",
            "Add '{name}' to the subject alternative names.",
        ),
        _spec(
            RuleId.SAN_XMPP_MISSING,
            _W,
            "XMPP domain missing",
            "XMPP federation is on but the XMPP domain '{name}' is not among the subject "
            "alternative names.",
            "Add '{name}' to the subject alternative names, or turn XMPP federation off.",
        ),
        _spec(
            RuleId.SAN_AV_PRESENT,
            _I,
            "A/V Edge FQDN in the SAN",
            "The A/V Edge external FQDN '{name}' is among the subject alternative names; the "
            "A/V service does not use the subject or the SAN.",
            "Leave it out and save a subject alternative name.",
        ),
        _spec(
            RuleId.SAN_DUPLICATE,
            _W,
            "Duplicate SAN entry",
            "'{name}' appears {count} times among the subject alternative names.",
            "Keep one entry.",
        ),
        _spec(
            RuleId.SAN_EXTRA,
            _I,
            "Unexplained SAN entry",
            "'{name}' is a subject alternative name the topology does not explain (a "
            "leftover from an older certificate?).",
            "Remove it, or add it to the profile's extra names if you need it.",
        ),
        _spec(
            RuleId.SAN_ORDER,
            _I,
            "SAN order differs",
            "The subject alternative names are not in the recommended order ({expected}); "
            "Lync and Skype for Business do not depend on the order.",
            "Nothing to do; pic-wizard writes its requests in the recommended order.",
        ),
        _spec(
            RuleId.SAN_LIMIT,
            _W,
            "Too many SAN entries",
            "{count} subject alternative names; the chosen certificate product allows {limit}.",
            "Choose a certificate product with more SAN entries, or remove names.",
        ),
        _spec(
            RuleId.XMPP_UNSUPPORTED,
            _E,
            "XMPP with a server product without XMPP",
            "XMPP federation is not supported in {product}.",
            "Turn XMPP federation off, or choose the right server product.",
        ),
        _spec(
            RuleId.EKU_SERVER_MISSING,
            _E,
            "No Server Authentication",
            "The {what} does not have the Server Authentication enhanced key usage.",
            "Request the certificate with Server Authentication (1.3.6.1.5.5.7.3.1).",
        ),
        _spec(
            RuleId.EKU_CLIENT_MISSING,
            _E,
            "No Client Authentication for AOL",
            "AOL public IM connectivity is selected but the {what} does not have the Client "
            "Authentication enhanced key usage.",
            "Request Client Authentication (1.3.6.1.5.5.7.3.2) as well as Server "
            "Authentication, or turn AOL off.",
        ),
        _spec(
            RuleId.EKU_CLIENT_SUNSET,
            _W,  # an error from the day no public CA may issue it (per finding)
            "Client Authentication from a public CA",
            "Client Authentication is requested, but {problem}.",
            "Turn AOL off (its service has ended): the request then asks for Server "
            "Authentication only. For a mutual-TLS peer that requires Client Authentication, "
            "use a private CA.",
        ),
        _spec(
            RuleId.EKU_CLIENT_DROPPED,
            _E,
            "Client Authentication dropped by the CA",
            "The request asked for Client Authentication but the issued certificate does not "
            "have it.",
            "Ask the certification authority to reissue with Client Authentication; if it no "
            "longer can, AOL connectivity will not work with this certificate.",
        ),
        _spec(
            RuleId.KU_INCOMPLETE,
            _W,
            "Key usage incomplete",
            "The RSA key's key usage lacks {missing}.",
            "Request Digital Signature and Key Encipherment key usage.",
        ),
        _spec(
            RuleId.KEY_RSA_SMALL,
            _E,
            "RSA key too small",
            "The RSA key has {bits} bits; below 2048 bits is refused by public CAs and unsafe.",
            "Use a 2048-bit RSA key.",
        ),
        _spec(
            RuleId.KEY_RSA_UNLISTED,
            _W,
            "RSA key size not listed by Lync",
            "The RSA key has {bits} bits; Lync lists 1024, 2048 and 4096.",
            "Use 2048 bits (the common case) or 4096.",
        ),
        _spec(
            RuleId.KEY_EC,
            _W,
            "Elliptic-curve key",
            "The key is elliptic-curve ({curve}); Lync lists it as supported, but many "
            "federation partners have never been tested with it.",
            "Use RSA 2048 unless you know every partner accepts EC.",
        ),
        _spec(
            RuleId.KEY_NOT_EXPORTABLE,
            _E,
            "Private key not exportable",
            "The private key is not exportable; {why}",
            "Make the private key exportable.",
        ),
        _spec(
            RuleId.KEY_MISMATCH,
            _E,
            "Key does not match",
            "The public key of the {what} does not match the {other}.",
            "Use the private key (or request) that this certificate was issued for.",
        ),
        _spec(
            RuleId.SIG_PSS,
            _E,
            "RSASSA-PSS signature",
            "The {what} is signed with RSASSA-PSS, which Lync does not support.",
            "Ask for a certificate signed with SHA-256 and PKCS#1 v1.5.",
        ),
        _spec(
            RuleId.SIG_SHA1,
            _W,
            "SHA-1 signature",
            "The {what} is signed with SHA-1.",
            "Use SHA-256.",
        ),
        _spec(
            RuleId.SIG_WEAK,
            _E,
            "Broken signature algorithm",
            "The {what} is signed with {algorithm}, which is broken.",
            "Use SHA-256.",
        ),
        _spec(
            RuleId.CERT_EXPIRED,
            _E,
            "Certificate expired",
            "The certificate expired on {not_after}.",
            "Renew the certificate.",
        ),
        _spec(
            RuleId.CERT_NOT_YET_VALID,
            _E,
            "Certificate not yet valid",
            "The certificate is not valid before {not_before}.",
            "Wait until then, or check the server's clock.",
        ),
        _spec(
            RuleId.CERT_EXPIRING,
            _W,
            "Certificate expiring soon",
            "The certificate expires on {not_after}, in {days} days.",
            "Renew it now: a public certificate takes days to reissue.",
        ),
        _spec(
            RuleId.CERT_NO_CDP,
            _E,
            "No CRL distribution point",
            "The certificate has no CRL distribution point; Lync requires one on every server "
            "certificate.",
            "Get a certificate from a CA that publishes a CRL distribution point.",
        ),
        _spec(
            RuleId.CERT_SELF_SIGNED,
            _E,
            "Self-signed certificate",
            "The certificate is self-signed; federation partners and remote clients will not "
            "trust it.",
            "Submit the request to a public certification authority.",
        ),
        _spec(
            RuleId.CERT_IS_CA,
            _E,
            "CA certificate as a server certificate",
            "The certificate is a CA certificate (basic constraints CA=true), not a server "
            "certificate.",
            "Use the server certificate the CA issued for your request, not its CA certificate.",
        ),
        _spec(
            RuleId.CERT_VALIDITY_OVER_MAX,
            _W,
            "Validity longer than public CAs may issue",
            "The certificate is valid for {days} days; public CAs could issue at most "
            "{max_days} days on {not_before}. It may not come from a public CA.",
            "Check that the certificate comes from a public certification authority.",
        ),
        _spec(
            RuleId.CHAIN_INCOMPLETE,
            _E,
            "Intermediate certificate missing",
            "The chain is incomplete: the certificate of '{issuer}' (key identifier "
            "{key_id}) is missing.",
            "Get it from your CA{download}. {advice}",
        ),
        _spec(
            RuleId.CHAIN_UNTRUSTED,
            _E,
            "Not trusted",
            "No path to a trusted root: {reason}.",
            "Use a certificate from a public certification authority: federation partners "
            "and remote clients trust public roots only. To test with a private CA, give its "
            "root as the trusted roots.",
        ),
        _spec(
            RuleId.CHAIN_ORDER,
            _I,
            "Chain out of order",
            "{certificates} are not in chain order (server certificate first, then each issuer).",
            "{order_fix}",
        ),
        _spec(
            RuleId.PIC_AOL_ENDED,
            _W,
            "AOL public IM connectivity has ended",
            "AOL is selected, but the AOL public IM connectivity service ended on {date}.",
            "Turn AOL off unless you have a specific reason.",
        ),
        _spec(
            RuleId.PIC_YAHOO_ENDED,
            _W,
            "Yahoo! public IM connectivity has ended",
            "Yahoo! is selected, but the Yahoo! public IM connectivity service ended on {date}.",
            "Turn Yahoo! off.",
        ),
        _spec(
            RuleId.PRODUCT_EOL,
            _I,
            "Product past extended support",
            "{product} is past the end of its extended support ({date}).",
            "Plan the move to a supported product.",
        ),
        _spec(
            RuleId.POOL_SAME_CERT,
            _I,
            "Same certificate on every pool member",
            "This is an Edge pool of {servers} servers: install this same certificate and "
            "private key on every member.",
            "Export the certificate with its private key (PFX) and import it on each Edge Server.",
        ),
        _spec(
            RuleId.REQUEST_NAME_DROPPED,
            _E,
            "Name dropped by the CA",
            "The request asked for '{name}' but the issued certificate does not carry it.",
            "Ask the certification authority to reissue with every requested name.",
        ),
        _spec(
            RuleId.REQUEST_NAME_ADDED,
            _I,
            "Name added by the CA",
            "The certification authority added '{name}', which the request did not ask for.",
            "Nothing to do, unless the name is not yours.",
        ),
        _spec(
            RuleId.REQUEST_SUBJECT_CHANGED,
            _W,
            "Subject changed by the CA",
            "The request's subject name was '{requested}'; the certificate's is '{name}'.",
            "Check that this is the certificate issued for your request.",
        ),
        _spec(
            RuleId.SUBJECT_TOO_LONG,
            _E,
            "Subject name too long",
            "The subject name '{name}' has {length} characters; a certificate's common name "
            "holds at most 64 (RFC 5280), so no CA can issue it.",
            "Use a shorter Access Edge FQDN, or give a shorter pool FQDN as the subject name.",
        ),
        _spec(
            RuleId.PFX_NO_KEY,
            _W,
            "PFX without its private key",
            "The PFX file holds no private key; Import-CsCertificate on an Edge Server needs "
            "the certificate with its key.",
            "Export the certificate again with its private key ('Yes, export the private "
            "key'), or complete it with the key made with the request.",
        ),
        _spec(
            RuleId.CSR_SIGNATURE_INVALID,
            _E,
            "Request signature invalid",
            "The request's signature does not verify: the file is damaged or was altered.",
            "Generate the request again.",
        ),
        # The Edge's Trusted Root store.
        _spec(
            RuleId.ROOT_STORE_INTERMEDIATE,
            _E,
            "Not a root certificate in the Trusted Root store",
            "'{name}' is in the Trusted Root Certification Authorities store but is not "
            "self-signed ({signer}). Windows Server 2012 and later then "
            "refuse the certificates of servers and partners that connect with mutual TLS: "
            "Lync and Skype for Business services fail to start, sign in or federate "
            "(Microsoft KB 2795828).",
            "On every Edge Server, move it to the {store} store of the local computer "
            "(certlm.msc), then restart the Skype for Business services.",
        ),
        _spec(
            RuleId.ROOT_STORE_DUPLICATE,
            _W,
            "Certificate twice in the Trusted Root store",
            "'{name}' is {count} times in the store (thumbprint {thumbprint}).",
            "Keep one copy: delete the others in the Certificates console of the local "
            "computer (certlm.msc). A copy that Group Policy distributes comes back until "
            "the policy changes.",
        ),
        _spec(
            RuleId.ROOT_STORE_EXPIRED,
            _I,
            "Expired certificate in the Trusted Root store",
            "'{name}' expired on {not_after}. {why}.",
            "{advice}",
        ),
        _spec(
            RuleId.ROOT_STORE_MISSING,
            _E,
            "Root certificate missing from the Trusted Root store",
            "The root '{name}' is not in the Trusted Root Certification Authorities store: {why}.",
            "{advice}",
        ),
        # Client Authentication sunset and validity.
        _spec(
            RuleId.EKU_CA_DECIDES,
            _I,
            "No usage asked for: the CA decides",
            "The {what} asks for no enhanced key usage: the certification authority's "
            "product decides which usages the certificate gets.",
            "Check the issued certificate: it needs Server Authentication "
            "(1.3.6.1.5.5.7.3.1), and pic-wizard checks it.",
        ),
        # probe: what a deployed Edge serves.  The SRV names and ports are those of
        # Microsoft's "Edge Server environmental requirements in Skype for Business Server"
        # (MicrosoftDocs/OfficeDocs-SkypeForBusiness, Skype/SfbServer/plan-your-deployment/
        # edge-server-deployments/edge-environmental-requirements.md, DNS planning):
        # _sipfederationtls._tcp.<domain> port 5061 and _sip._tls.<domain> port 443, both to
        # the Access Edge external FQDN, one of each for every SIP domain.
        _spec(
            RuleId.DNS_SRV_MISSING,
            _E,  # a warning for _sip._tls, and for federation when it is off (per finding)
            "SRV record missing",
            "There is no SRV record '{name}': {reason}. {why}",
            "In the external DNS zone of {domain}, create the SRV record '{name}' with port "
            "{port} and the Access Edge external FQDN ({target}) as its target.",
        ),
        _spec(
            RuleId.DNS_SRV_TARGET_NOT_IN_SAN,
            _E,
            "SRV target not in the certificate",
            "The SRV record '{srv}' leads to '{name}', which the certificate served there "
            "does not carry ({names}); federation partners and remote clients connect to "
            "the SRV target and require its name in the certificate.",
            "Point the SRV record to the Access Edge external FQDN the certificate carries, "
            "or get a certificate with '{name}' among its subject alternative names.",
        ),
        _spec(
            RuleId.DNS_NO_ADDRESS,
            _E,
            "No address",
            "'{name}' has no A or AAAA record: {reason}. Nobody can connect to it.",
            "In the external DNS zone, create the A record (and the AAAA record for IPv6) of "
            "'{name}' with the public address of the Edge's external interface.",
        ),
        _spec(
            RuleId.DNS_LOOKUP_FAILED,
            _E,  # as severe as the record it could not look up would be missing
            "DNS lookup failed",
            "The DNS server gave no answer for '{name}': {reason}. Whether the record "
            "exists is not known, and nothing behind it was tested.",
            "Check that the DNS server asked (the one given to pic-wizard, else this "
            "computer's) is reachable and answers, and that the name servers of your "
            "external DNS zone answer from the Internet; then test again.",
        ),
        _spec(
            RuleId.TLS_CONNECT_FAILED,
            _E,
            "Cannot connect",
            "No TLS session with '{name}' at {address} port {port}: {reason}.",
            "Check that the Edge's external interface listens on TCP {port}, that the "
            "firewalls let TCP {port} through from the Internet to it, and that the Edge "
            "services are started (Get-CsWindowsService on the Edge Server).",
        ),
        _spec(
            RuleId.TLS_CHAIN_NOT_SERVED,
            _E,
            "Intermediate certificate not served",
            "The Edge does not send the certificate of '{issuer}' (key identifier {key_id}) "
            "with its own: federation partners and clients that do not hold it cannot build "
            "the chain to a trusted root.",
            "Get it from your CA{download}. On every Edge Server, import it into the "
            "Intermediate Certification Authorities store of the local computer (certlm.msc, "
            "or Import-Certificate -FilePath issuing.cer -CertStoreLocation "
            "Cert:\\LocalMachine\\CA), then restart the Edge services (Stop-CsWindowsService, "
            "then Start-CsWindowsService).",
        ),
        _spec(
            RuleId.TLS_VERSION_OLD,
            _W,
            "Old TLS version",
            "The Edge speaks {version} at most; TLS 1.0 and 1.1 are deprecated (RFC 8996), "
            "and Microsoft 365 and up-to-date federation partners refuse them.",
            "Enable TLS 1.2 on every Edge Server: install the product's latest cumulative "
            "update and the Windows updates Microsoft lists for TLS 1.2, then turn TLS 1.0 and "
            "1.1 off.",
        ),
        _spec(
            RuleId.TLS_SERVED_NOT_PLANNED,
            _W,
            "Served certificate is not the planned one",
            "The certificate served ('{name}', valid to {not_after}) is not the one the "
            "profile's plan describes: {difference}. The previous certificate may still be "
            "assigned.",
            "Assign the new certificate on every Edge Server (Set-CsCertificate -Type "
            "AccessEdgeExternal,DataEdgeExternal -Thumbprint …), or check that the profile "
            "is the deployed one.",
        ),
        _spec(
            RuleId.TLS_NAME_MISMATCH,
            _E,
            "Name not in the served certificate",
            "The certificate served for '{name}' port {port} does not carry that name "
            "({names}); clients and partners that connect to it refuse the certificate.",
            "Assign a certificate with '{name}' among its subject alternative names, or "
            "connect through a name the certificate carries.",
        ),
    )
}


@frozen
class Finding:
    """One result of one rule, about one name or field."""

    rule: RuleId
    severity: Severity
    subject: str = ""
    params: Mapping[str, str] = field(default_factory=dict)

    def __hash__(self) -> int:
        # The members by their names (Enum.__hash__ is a Python call each), the values as
        # a set (equal params, equal sets, whatever their order): as equality compares.
        return hash(
            (self.rule._name_, self.severity._name_, self.subject, frozenset(self.params.items()))
        )


def finding(
    rule: RuleId, subject: str = "", severity: Severity | None = None, **params: str
) -> Finding:
    """A finding with the catalogue's severity unless the rule needs another one."""
    return Finding(rule, severity or CATALOGUE[rule].severity, subject, dict(params))


class _Defaults(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


Translate = Callable[[str], str]


def identity(text: str) -> str:
    return text


# Parameters whose value is itself English text made by a rule (marked N_("Params", …)):
# translated, then filled with the finding's other values (a reason naming a label).
TEXT_PARAMS = frozenset(
    {
        "field",
        "reason",
        "why",
        "what",
        "other",
        "problem",
        "found",
        "download",
        "store",
        "advice",
        "signer",
        "difference",
        "certificates",
        "order_fix",
    }
)
# Between the parts of a text parameter made of several, each translated on its own.
PARTS = "\x1e"

# Subjects that are pic-wizard's words rather than names (shown in the "About" column).
SUBJECT_WORDS = frozenset(
    {
        N_("Params", "Validity"),
        N_("Params", "Key"),
        N_("Params", "EKU"),
        N_("Params", "Signature"),
        N_("Params", "CRL distribution point"),
        N_("Params", "Client Authentication"),
        N_("Params", "SAN"),
        N_("Params", "XMPP federation"),
        N_("Params", "Edge pool"),
        N_("Params", "Key usage"),
        N_("Params", "SIP domains"),
    }
)


def render_subject(f: Finding, values: Translate = identity) -> str:
    """What a finding is about: a name as it is, or pic-wizard's word for a part."""
    return values(f.subject) if f.subject in SUBJECT_WORDS else f.subject


def render_params(
    params: Mapping[str, str], subject: str = "", values: Translate = identity
) -> dict[str, str]:
    """The values a template is filled with, in the user's language where they are text
    pic-wizard wrote (never a name from a certificate: those stay as they are)."""
    raw = _Defaults(params)
    raw.setdefault("name", subject)
    shown = _Defaults(raw)
    for key in TEXT_PARAMS & raw.keys():
        parts = []
        for part in raw[key].split(PARTS):
            text = values(part) if part else part
            try:
                parts.append(text.format_map(raw))
            except (KeyError, ValueError, IndexError):
                parts.append(text)
        shown[key] = ", ".join(parts)
    return shown


def render_message(
    f: Finding, translate: Translate = identity, values: Translate = identity
) -> str:
    """The finding's message: ``translate`` maps the catalogue's English template,
    ``values`` the text parameters (contexts "Catalogue" and "Params" of the .ts)."""
    return translate(CATALOGUE[f.rule].message).format_map(
        _Defaults(render_params(f.params, f.subject, values))
    )


def render_fix(f: Finding, translate: Translate = identity, values: Translate = identity) -> str:
    return translate(CATALOGUE[f.rule].fix).format_map(
        _Defaults(render_params(f.params, f.subject, values))
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Unique findings, errors first, in the order the rules produced them otherwise."""
    unique = list(dict.fromkeys(findings))
    return sorted(unique, key=lambda f: f.severity.rank)


def worst(findings: Iterable[Finding]) -> Severity | None:
    found: Severity | None = None
    for f in findings:
        if f.severity is Severity.ERROR:
            return Severity.ERROR  # nothing is worse: the rest need not be read
        if found is None or f.severity.rank < found.rank:
            found = f.severity
    return found


Verdict = Literal["pass", "warn", "fail"]


def verdict_of(findings: Iterable[Finding]) -> Verdict:
    """ "fail" with an error, "warn" with a warning, else "pass": a check's or a store's
    verdict, and the command line's exit code (1 on "fail")."""
    found = worst(findings)
    if found is Severity.ERROR:
        return "fail"
    return "warn" if found is Severity.WARNING else "pass"
