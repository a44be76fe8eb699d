"""Reports of a plan or of a check, as HTML for a change ticket (one page where it fits).

The HTML keeps to what QTextDocument renders (tables, simple styles, an image given as a
data URI: the picture of the plan, in SVG), so the same text makes the PDF
(``pic_wizard.report_pdf``).  Made without Qt: the command line writes HTML without it.
Every value is escaped: names come from certificates, which are untrusted: control, bidi
and invisible characters are shown as escapes (``untrusted.visible``), then the text is
HTML-escaped.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ... import __version__
from ..values.content import eku_text, ku_text
from ..values.findings import Finding, render_fix, render_message, render_subject
from ..values.i18n import N_, NP_, Catalogue
from ..values.record import frozen
from ..values.untrusted import visible, visible_path
from .picture import Picture, build_picture, result_names
from .picture_svg import picture_svg

if TYPE_CHECKING:
    from ..rules.plan import CertificatePlan
    from ..rules.probe import EndpointResult
    from ..rules.renewal import Change
    from ..rules.verdict import CheckResult

CONTEXT = "Report"

CSS = """
body { font-family: 'Segoe UI', 'DejaVu Sans', Arial, sans-serif; font-size: 8.5pt;
       color: #202020; }
h1 { font-size: 14pt; margin-bottom: 2px; }
h2 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 3px; color: #1a4b7a; }
p.meta { font-size: 8pt; color: #555555; margin-top: 0px; }
table { border-collapse: collapse; }
th { background-color: #e8eef5; text-align: left; font-weight: bold; }
td, th { border: 1px solid #b0b8c0; padding: 2px 4px; vertical-align: top; }
td.label { font-weight: bold; background-color: #f4f6f8; }
.mono { font-family: 'Consolas', 'DejaVu Sans Mono', monospace; }
.error { color: #b71c1c; font-weight: bold; }
.warning { color: #8a5a00; font-weight: bold; }
.info { color: #1a4b7a; }
.pass { color: #1b5e20; font-weight: bold; }
.fail { color: #b71c1c; font-weight: bold; }
.warn { color: #8a5a00; font-weight: bold; }
"""

SEVERITY = {
    "error": N_("Report", "Error"),
    "warning": N_("Report", "Warning"),
    "info": N_("Report", "Note"),
}
DEPLOYMENT = {
    "single": N_("Report", "a single Edge Server"),
    "dns-pool": N_("Report", "an Edge pool of {n} servers (DNS load balancing)"),
    "hlb-pool": N_("Report", "an Edge pool of {n} servers (hardware load balancing)"),
}
PIC_NAMES = {"aol": "AOL", "skype": "Skype / Windows Live", "yahoo": "Yahoo!"}
VERDICT = {
    "pass": N_("Report", "Ready"),
    "warn": N_("Report", "Ready, with warnings to read"),
    "fail": N_("Report", "Not ready"),
}


def _e(value: object) -> str:
    return html.escape(visible(str(value)), quote=True)


class _Writer:
    """The pieces of one report, in one language."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.parts: list[str] = []

    def t(self, text: str) -> str:
        return self.catalogue.translate(CONTEXT, text)

    def add(self, text: str) -> None:
        self.parts.append(text)

    def heading(self, text: str) -> None:
        self.add(f"<h2>{_e(self.t(text))}</h2>")

    def rows(self, rows: Iterable[tuple[str, str]], mono: Sequence[str] = ()) -> None:
        """A two-column table: translated label, escaped value (``mono`` labels in monospace)."""
        self.add('<table width="100%" cellspacing="0" cellpadding="3">')
        for label, value in rows:
            css = ' class="mono"' if label in mono else ""
            self.add(
                f'<tr><td class="label" width="28%">{_e(self.t(label))}</td>'
                f"<td{css}>{value}</td></tr>"
            )
        self.add("</table>")

    def start(self, title: str, at: dt.datetime, picture: Picture | None) -> None:
        self.add('<html><head><meta charset="utf-8"/>')
        self.add(f"<title>{_e(self.t(title))}</title><style>{CSS}</style></head><body>")
        self.add(f"<h1>{_e(self.t(title))}</h1>")
        stamp = when_text(at)
        meta = self.t(N_("Report", "Made on {date} by pic-wizard {version}")).format(
            date=stamp, version=__version__
        )
        self.add(f'<p class="meta">{_e(meta)}</p>')
        if picture is not None:
            self.picture(picture)

    def picture(self, picture: Picture) -> None:
        """The picture as an SVG image (what both a browser and Qt's rich text, which
        makes the PDF, show), its sentences as the alternative text."""
        picture_text = self.catalogue.context("Picture")
        svg = picture_svg(
            picture,
            picture_text=picture_text,
            plan_text=self.catalogue.context("PlanPicture"),
            reason_text=self.catalogue.context("Reasons"),
        )
        data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
        alt = ". ".join(
            [self.t(N_("Report", "Picture of the plan")), *picture.summary(picture_text)]
        )
        # 500 px: 132 mm on paper, room left for the rest on one A4 page
        self.add(
            f'<p><img src="data:image/svg+xml;base64,{data}" width="500" alt="{_e(alt)}"/></p>'
        )

    def end(self) -> str:
        self.add("</body></html>")
        return "\n".join(self.parts)

    def eku_text(self, eku: str) -> str:
        return eku_text(eku, self.catalogue.context("Usage"), oid=True)

    def findings(self, findings: Sequence[Finding]) -> None:
        counts = {"error": 0, "warning": 0, "info": 0}
        for f in findings:
            counts[f.severity.value] += 1
        summary = ", ".join(
            self.catalogue.plural(CONTEXT, text, counts[severity])
            for text, severity in (
                (NP_("Report", "%n error(s)"), "error"),
                (NP_("Report", "%n warning(s)"), "warning"),
                (NP_("Report", "%n note(s)"), "info"),
            )
        )
        title = self.t(N_("Report", "Findings: {counts}")).format(counts=summary)
        self.add(f"<h2>{_e(title)}</h2>")
        if not findings:
            self.add("<p>" + _e(self.t(N_("Report", "No finding."))) + "</p>")
            return
        catalogue, params = self.catalogue.context("Catalogue"), self.catalogue.context("Params")
        self.add('<table width="100%" cellspacing="0" cellpadding="3"><tr>')
        # Severity and rule share a column: the message and its fix get the room.
        for head, width in (
            (N_("Report", "Severity"), 19),
            (N_("Report", "About"), 16),
            (N_("Report", "Message"), 38),
            (N_("Report", "Fix"), 27),
        ):
            self.add(f'<th width="{width}%">{_e(self.t(head))}</th>')
        self.add("</tr>")
        for f in findings:
            severity = f.severity.value
            self.add(
                f'<tr><td><span class="{severity}">{_e(self.t(SEVERITY[severity]))}</span>'
                f'<br/><span class="mono">{_e(f.rule.value)}</span></td>'
                f"<td>{_e(render_subject(f, params))}</td>"
                f"<td>{_e(render_message(f, catalogue, params))}</td>"
                f"<td>{_e(render_fix(f, catalogue, params))}</td></tr>"
            )
        self.add("</table>")

    def topology(self, plan: CertificatePlan) -> None:
        t = plan.topology
        deployment = self.t(DEPLOYMENT[t.deployment.value]).format(n=t.server_count)
        yes, no = self.t(N_("Report", "yes")), self.t(N_("Report", "no"))
        pic = ", ".join(sorted(PIC_NAMES.get(p.value, p.value) for p in t.pic_providers))
        xmpp = yes if t.xmpp_federation else no
        if t.xmpp_federation and t.xmpp_domains:
            xmpp += " (" + ", ".join(t.xmpp_domains) + ")"
        domains = [d.strip() for d in t.sip_domains if d.strip()]
        default = " (" + _e(self.t(N_("Report", "default"))) + ")"
        shown_domains = "<br/>".join(
            _e(d) + (default if i == 0 else "") for i, d in enumerate(domains)
        )
        self.heading(N_("Report", "Topology"))
        self.rows(
            [
                (N_("Report", "Product"), _e(t.product.display_name)),
                (N_("Report", "Deployment"), _e(deployment)),
                (N_("Report", "SIP domains"), shown_domains or _e(self.t(N_("Report", "(none)")))),
                (N_("Report", "Access Edge"), _e(plan.edge.access_edge)),
                (N_("Report", "Web Conferencing Edge"), _e(plan.edge.web_conferencing_edge)),
                (N_("Report", "A/V Edge"), _e(plan.edge.av_edge)),
                (N_("Report", "SIP federation"), _e(yes if t.sip_federation else no)),
                (N_("Report", "Public IM connectivity"), _e(pic or self.t(N_("Report", "(none)")))),
                (N_("Report", "XMPP federation"), _e(xmpp)),
            ]
        )

    def certificate_plan(self, plan: CertificatePlan) -> None:
        self.heading(N_("Report", "Certificate to request"))
        exportable = (
            self.t(N_("Report", "exportable"))
            if plan.key.exportable
            else self.t(N_("Report", "not exportable"))
        )
        key = self.t(N_("Report", "{key}, {exportable}; signed with SHA-256")).format(
            key=plan.key.description, exportable=exportable
        )
        rows = [
            (N_("Report", "Subject"), _e(plan.subject_text)),
            (
                N_("Report", "Enhanced key usage"),
                "<br/>".join(_e(self.eku_text(e)) for e in plan.extended_key_usages),
            ),
            (
                N_("Report", "Key usage"),
                _e(", ".join(ku_text(k, self.catalogue.context("Usage")) for k in plan.key_usages)),
            ),
            (N_("Report", "Key"), _e(key)),
        ]
        if plan.topology.friendly_name:
            rows.append((N_("Report", "Friendly name"), _e(plan.topology.friendly_name)))
        lifetime = plan.lifetime.text(self.catalogue.context("Lifetime"))
        rows.append((N_("Report", "Validity and renewal"), _e(lifetime)))
        self.rows(rows)
        self.heading(N_("Report", "Subject alternative names, in this order"))
        reasons = self.catalogue.context("Reasons")
        self.add('<table width="100%" cellspacing="0" cellpadding="3"><tr>')
        for head in (N_("Report", "#"), N_("Report", "Name"), N_("Report", "Why it is there")):
            self.add(f"<th>{_e(self.t(head))}</th>")
        self.add("</tr>")
        for i, entry in enumerate(plan.sans, 1):
            why = "<br/>".join(_e(r.text(reasons)) for r in entry.reasons)
            self.add(f'<tr><td>{i}</td><td class="mono">{_e(entry.name)}</td><td>{why}</td></tr>')
        self.add("</table>")


def when_text(at: dt.datetime) -> str:
    """A moment as every pic-wizard text shows it: 2026-05-22 12:00 UTC."""
    if at.tzinfo is not None:
        return f"{at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"
    return f"{at:%Y-%m-%d %H:%M}"


def plan_report_html(
    plan: CertificatePlan,
    catalogue: Catalogue,
    at: dt.datetime,
    changes: Sequence[Change] | None = None,
) -> str:
    """The plan of the external Edge certificate: its picture, topology, names and
    reasons, findings; with ``changes``, what it changes from the certificate it renews."""
    w = _Writer(catalogue)
    w.start(N_("Report", "External Edge certificate: plan"), at, build_picture(plan))
    w.topology(plan)
    if changes is not None:
        w.heading(N_("Report", "Changes from the current certificate"))
        renewal, usage = catalogue.context("Renewal"), catalogue.context("Usage")
        lines = [c.text(renewal, usage) for c in changes] or [
            w.t(N_("Report", "None: the same names, usages and key size."))
        ]
        w.add("<ul>" + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>")
    w.certificate_plan(plan)
    w.findings(plan.findings)
    return w.end()


def _check_section(w: _Writer, result: CheckResult) -> None:
    from ..x509.view import CertificateDetails

    what = {
        "certificate": N_("Report", "Certificate"),
        "csr": N_("Report", "Certificate request"),
    }[result.kind]
    heading = _e(w.t(N_("Report", "{what}: {file}"))).format(
        what=_e(w.t(what)), file=html.escape(visible_path(result.file), quote=True)
    )
    w.add(f"<h2>{heading}</h2>")
    d = result.details
    verdict = result.verdict
    rows: list[tuple[str, str]] = [
        (N_("Report", "Verdict"), f'<span class="{verdict}">{_e(w.t(VERDICT[verdict]))}</span>'),
        (N_("Report", "Subject"), _e(d.subject)),
    ]
    if isinstance(d, CertificateDetails):
        rows.append((N_("Report", "Issuer"), _e(d.issuer)))
        rows.append((N_("Report", "Serial number"), _e(d.serial_number)))
        rows.append((N_("Report", "Valid from"), _e(when_text(d.not_before))))
        rows.append((N_("Report", "Valid to"), _e(when_text(d.not_after))))
    if result.lifetime is not None:
        lifetime = result.lifetime.text(w.catalogue.context("Lifetime"))
        rows.append((N_("Report", "Renewal"), _e(lifetime)))
    rows.append(
        (
            N_("Report", "Subject alternative names"),
            "<br/>".join(_e(n) for n in d.subject_alternative_names)
            or _e(w.t(N_("Report", "(none)"))),
        )
    )
    ekus = [w.eku_text(e) for e in d.extended_key_usages]
    rows.append(
        (
            N_("Report", "Enhanced key usage"),
            "<br/>".join(_e(e) for e in ekus) or _e(w.t(N_("Report", "(none)"))),
        )
    )
    rows.append((N_("Report", "Key"), _e(d.key)))
    mono: list[str] = []
    if isinstance(d, CertificateDetails):
        label = N_("Report", "Thumbprint (SHA-1, as Windows shows it)")
        rows.append((label, _e(d.thumbprint_sha1)))
        mono.append(label)
        label = N_("Report", "Fingerprint (SHA-256)")
        rows.append((label, _e(d.fingerprint_sha256)))
        mono.append(label)
    if result.kind == "certificate":
        chain = "<br/>".join(
            ("&nbsp;&nbsp;" * i) + _e(subject) for i, subject in enumerate(result.path_subjects)
        )
        rows.append(
            (
                N_("Report", "Certification path"),
                chain or _e(w.t(N_("Report", "no path to a trusted root was found"))),
            )
        )
    w.rows(rows, mono)
    w.findings(result.findings)
    if result.skipped:
        text = w.t(N_("Report", "Not checked without a profile: {rules}")).format(
            rules=", ".join(r.value for r in result.skipped)
        )
        w.add(f"<p>{_e(text)}</p>")


def check_report_html(
    results: Sequence[CheckResult],
    catalogue: Catalogue,
    at: dt.datetime,
    plan: CertificatePlan | None = None,
) -> str:
    """What a check found, file by file; with ``plan``, the topology it was checked
    against, and for a single file the picture of the plan with the names it lacks."""
    picture = None
    if plan is not None and len(results) == 1:
        present, common_name = result_names(results[0])
        picture = build_picture(plan, present, common_name)
    w = _Writer(catalogue)
    w.start(N_("Report", "External Edge certificate: check"), at, picture)
    if plan is not None:
        w.topology(plan)
    for result in results:
        _check_section(w, result)
    return w.end()


@frozen
class ProbeScope:
    """What a probe was asked to test and how, for the report to say it (a change ticket
    must tell what was tested from where, and a test stopped before its end)."""

    targets: tuple[str, ...]
    dns_server: str = ""  # empty: the computer's own resolver
    roots_file: str = ""  # empty: the public roots
    timeout: float = 0.0
    stopped: bool = False
    profile_file: str = ""  # the names judged against this profile…
    answers: bool = False  # …or the wizard's answers; neither: the names probed only
    services: bool = False  # the profile's Access and Web Conferencing Edge names too


def probe_report_html(
    rows: Sequence[EndpointResult],
    catalogue: Catalogue,
    at: dt.datetime,
    plan: CertificatePlan | None = None,
    scope: ProbeScope | None = None,
) -> str:
    """What a probe found, endpoint by endpoint: where it connected, what was served and
    how, and the served certificate judged as a check judges a file; first what was asked
    (``scope``), and that it was stopped before its end."""
    from ..rules.probe import Outcome, served_chain, srv_lines, summarize
    from ..values.record import replace

    w = _Writer(catalogue)
    w.start(N_("Report", "Deployed Edge: probe"), at, None)
    # The headline the wizard's banner gives (one summary in the core).
    summary = summarize(rows, stopped=scope is not None and scope.stopped)
    count = catalogue.plural(CONTEXT, NP_("Report", "%n endpoint(s)"), summary.endpoints)
    if summary.outcome is Outcome.STOPPED:
        headline = w.t(
            N_(
                "Report",
                "Stopped before the end: only the endpoints below were tested, and what "
                "was not tested may be broken.",
            )
        )
    elif summary.outcome is Outcome.UNREACHED:
        headline = w.t(
            N_(
                "Report",
                "No endpoint could be reached, so the Edge was not tested: each row below "
                "says why.",
            )
        )
    else:
        verdict = (
            catalogue.plural(CONTEXT, NP_("Report", "%n problem(s) to fix."), summary.errors)
            if summary.errors
            else w.t(N_("Report", "Nothing to fix."))
        )
        if summary.warnings:
            verdict += " " + catalogue.plural(
                CONTEXT, NP_("Report", "Read the %n warning(s)."), summary.warnings
            )
        headline = w.t(N_("Report", "{count}: {verdict}")).format(count=count, verdict=verdict)
    css = "pass" if summary.good else "fail"
    w.add(f'<p class="{css}">{_e(headline)}</p>')
    if scope is not None:
        if scope.profile_file:
            against = w.t(N_("Report", "the profile {file}")).format(file=scope.profile_file)
        elif scope.answers:
            against = w.t(N_("Report", "the answers of the wizard"))
        else:
            against = w.t(N_("Report", "the names probed only (the topology's names not checked)"))
        w.heading(N_("Report", "What was tested"))
        w.rows(
            [
                (N_("Report", "Targets"), _e(", ".join(scope.targets))),
                (N_("Report", "Names judged against"), _e(against)),
                (
                    N_("Report", "The Edge services' own names"),
                    _e(
                        w.t(N_("Report", "tested too"))
                        if scope.services
                        else w.t(N_("Report", "not tested"))
                    ),
                ),
                (
                    N_("Report", "DNS server"),
                    _e(scope.dns_server or w.t(N_("Report", "this computer's"))),
                ),
                (
                    N_("Report", "Trusted roots"),
                    _e(scope.roots_file or w.t(N_("Report", "the public roots (Mozilla's)"))),
                ),
                (
                    N_("Report", "Timeout"),
                    _e(w.t(N_("Report", "{seconds} s")).format(seconds=f"{scope.timeout:g}")),
                ),
            ]
        )
    if plan is not None:
        w.topology(plan)
    for row in rows:
        heading = _e(w.t(N_("Report", "{target}: {endpoint}"))).format(
            target=_e(row.target), endpoint=_e(row.label)
        )
        w.add(f"<h2>{heading}</h2>")
        verdict = row.verdict
        table: list[tuple[str, str]] = [
            (N_("Report", "Verdict"), f'<span class="{verdict}">{_e(w.t(VERDICT[verdict]))}</span>')
        ]
        if row.srv:
            table.append((N_("Report", "SRV records"), "<br/>".join(_e(s) for s in srv_lines(row))))
        handshake = row.handshake
        if handshake is not None and handshake.completed:
            table.append((N_("Report", "TLS version"), _e(handshake.version)))
            table.append((N_("Report", "Cipher"), _e(handshake.cipher)))
        chain = served_chain(row)
        if chain:
            served = "<br/>".join(f"{i}. {_e(c.subject)}" for i, c in enumerate(chain, 1))
            table.append((N_("Report", "Chain as served"), served))
        if handshake is not None and handshake.client_ca_names:
            names = "<br/>".join(_e(n) for n in handshake.client_ca_names)
            table.append((N_("Report", "Client certificates asked from"), names))
        w.rows(table)
        if row.check is not None:
            _check_section(w, replace(row.check, findings=row.findings))
        else:
            w.findings(row.findings)
    return w.end()
