"""The core's text in another language: templates, the values they carry, what a finding is
about. Names from certificates and profiles are never translated."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pic_wizard.core.rules.verdict import CheckOptions, check_certificate
from pic_wizard.core.values import i18n
from pic_wizard.core.values.errors import InputError
from pic_wizard.core.values.findings import (
    PARTS,
    Finding,
    RuleId,
    Severity,
    render_fix,
    render_message,
    render_params,
    render_subject,
)
from pic_wizard.core.values.i18n import (
    Catalogue,
    language_from_environment,
    windows_display_language,
)
from pic_wizard.core.x509.loader import load_private_key

import pki

FR = Catalogue.load("fr")


def french(f: Finding) -> tuple[str, str]:
    return (
        render_message(f, FR.context("Catalogue"), FR.context("Params")),
        render_fix(f, FR.context("Catalogue"), FR.context("Params")),
    )


def test_a_value_made_of_parts_is_translated_part_by_part() -> None:
    words = {"{n} apple(s)": "{n} pomme(s)", "a pear": "une poire"}
    shown = render_params(
        {"found": PARTS.join(["{n} apple(s)", "a pear"]), "n": "3"},
        values=lambda t: words.get(t, t),
    )
    assert shown["found"] == "3 pomme(s), une poire"


def test_what_a_finding_is_about_is_translated_only_when_it_is_a_word() -> None:
    upper = str.upper
    assert render_subject(Finding(RuleId.CERT_EXPIRED, Severity.ERROR, "Validity"), upper) == (
        "VALIDITY"
    )
    named = Finding(RuleId.SAN_EXTRA, Severity.WARNING, "sip.contoso.com")
    assert render_subject(named, upper) == "sip.contoso.com"
    assert render_subject(Finding(RuleId.SAN_ORDER, Severity.INFO, "SAN"), FR.context("Params"))


def test_the_url_of_a_missing_intermediate_in_french(root: pki.CA, intermediate: pki.CA) -> None:
    url = "http://ca.example.com/issuing.crt"
    leaf, _ = pki.make_leaf(intermediate, aia_url=url)
    result = check_certificate([leaf], "edge.cer", CheckOptions(roots=[root.cert]))
    (f,) = [f for f in result.findings if f.rule is RuleId.CHAIN_INCOMPLETE]
    _message, fix = french(f)
    assert f"(elle le publie à l'adresse {url})" in fix
    assert "publishes" not in fix


def test_what_a_wrong_file_holds_in_french(tmp_path: Path, intermediate: pki.CA) -> None:
    leaf, _ = pki.make_leaf(intermediate)
    path = tmp_path / "edge.cer"
    path.write_bytes(pki.pem(leaf, intermediate))
    with pytest.raises(InputError) as excinfo:
        load_private_key(path, None)
    error = excinfo.value
    assert "it holds 2 certificates)" in str(error)
    text = error.message(FR.context("Errors"), FR.context("Params"))
    assert text.endswith("ne contient aucune clé privée (il contient 2 certificats).")
    path.write_bytes(pki.pem(leaf))
    with pytest.raises(InputError) as excinfo:
        load_private_key(path, None)
    assert "it holds a certificate)" in str(excinfo.value)
    text = excinfo.value.message(FR.context("Errors"), FR.context("Params"))
    assert text.endswith("(il contient un certificat).")


def test_a_count_takes_the_languages_plural_form() -> None:
    """ "(s)" is never shown: English says 0 errors, 1 error; French 0 erreur, 2 erreurs."""
    from pic_wizard.core.values.i18n import Catalogue

    english, french = Catalogue.load("en"), Catalogue.load("fr")
    assert [english.plural("CLI", "%n error(s)", n) for n in (0, 1, 2)] == [
        "0 errors",
        "1 error",
        "2 errors",
    ]
    assert [french.plural("CLI", "%n error(s)", n) for n in (0, 1, 2)] == [
        "0 erreur",
        "1 erreur",
        "2 erreurs",
    ]
    # Without a catalogue (English, no file): the forms of the source's "(s)".
    assert Catalogue().plural("Report", "%n note(s)", 1) == "1 note"
    assert french.context("Report").plural("%n warning(s)", 3) == "3 avertissements"


def test_subject_words_are_all_translated() -> None:
    from pic_wizard.core.values.findings import SUBJECT_WORDS

    params = FR.context("Params")
    same = ("SAN", "EKU", "Signature")  # the same word in French
    untranslated = [w for w in SUBJECT_WORDS if params(w) == w and w not in same]
    assert untranslated == []


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_BE@euro"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({}, "en"),
    ],
)
def test_language_from_environment(environ: dict[str, str], language: str) -> None:
    assert language_from_environment(environ, lambda: "") == language


@pytest.mark.parametrize(
    ("environ", "display", "language"),
    [
        # LANGUAGE wins over LANG, as in GNU gettext (it used to give English here)
        ({"LANGUAGE": "fr", "LANG": "en_US.UTF-8"}, "", "fr"),
        ({"LANGUAGE": "fr_CA:en", "LC_ALL": "en_GB.UTF-8"}, "", "fr"),
        # a priority list: the first language pic-wizard speaks
        ({"LANGUAGE": "de:fr:en", "LANG": "en_US.UTF-8"}, "", "fr"),
        ({"LANGUAGE": "en:fr", "LANG": "fr_FR.UTF-8"}, "", "en"),
        # none of them spoken: the untranslated text, English (not LANG's language)
        ({"LANGUAGE": "de:es", "LANG": "fr_FR.UTF-8"}, "", "en"),
        # empty entries are skipped; an empty LANGUAGE is no choice
        ({"LANGUAGE": "::fr", "LANG": "en_US.UTF-8"}, "", "fr"),
        ({"LANGUAGE": "", "LANG": "fr_FR.UTF-8"}, "", "fr"),
        # ignored under the C locale, as gettext does
        ({"LANGUAGE": "fr", "LANG": "C"}, "", "en"),
        ({"LANGUAGE": "fr", "LC_ALL": "POSIX", "LANG": "fr_FR.UTF-8"}, "", "en"),
        # ... but C.UTF-8 is another locale for glibc, which keeps LANGUAGE there
        ({"LANGUAGE": "fr", "LANG": "C.UTF-8"}, "", "fr"),
        ({"LANGUAGE": "fr"}, "", "en"),  # no locale at all on POSIX is the C locale
        # Windows: no locale variable, the user's display language decides
        ({}, "fr_FR", "fr"),
        ({}, "fr_CA", "fr"),
        ({}, "de_DE", "en"),
        ({}, "", "en"),
        ({"LANGUAGE": "en"}, "fr_FR", "en"),  # LANGUAGE still comes first there
        ({"LANG": "en_US.UTF-8"}, "fr_FR", "en"),  # a set LANG wins over the display
    ],
)
def test_language_follows_gettext_and_the_windows_display(
    environ: dict[str, str], display: str, language: str
) -> None:
    assert language_from_environment(environ, lambda: display) == language


@pytest.mark.parametrize(
    ("langid", "locale_name"),
    [(0x040C, "fr_FR"), (0x0C0C, "fr_CA"), (0x080C, "fr_BE"), (0x0409, "en_US"), (0x1234, "")],
)
def test_windows_display_language_from_the_language_identifier(
    langid: int, locale_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "_user_ui_language_id", lambda: langid)
    assert windows_display_language() == locale_name


def test_windows_display_language_when_windows_cannot_say(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if sys.platform != "win32":
        assert windows_display_language() == ""  # elsewhere the locale variables decide

    def fails() -> int:
        raise OSError("no user profile")

    monkeypatch.setattr(i18n, "_user_ui_language_id", fails)
    assert windows_display_language() == ""
