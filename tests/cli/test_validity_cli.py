"""The command line says how long a certificate may last and when to renew it: ``plan``
(the longest certificate a public CA may issue on the plan's day), ``check`` (the days
left, and ``--warn-days`` for CERT-EXPIRING), an audit of a folder and the report; and the
Client Authentication sunset on both sides of Chrome's date.  Every run gives ``--at``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from walk import run

import pki

AT = pki.AT.date().isoformat()  # the leaf below: AT-10d .. AT+170d (2026-11-18)


@pytest.fixture
def issued(tmp_path: Path) -> dict[str, Path]:
    root = pki.make_root()
    intermediate = pki.make_intermediate(root)
    leaf, _ = pki.make_leaf(intermediate)
    other, _ = pki.make_leaf(intermediate, days=120)  # ends AT+110d (2026-09-19)
    folder = tmp_path / "audit"
    folder.mkdir()
    paths = {
        "leaf": folder / "edge.pem",
        "other": folder / "other.pem",
        "roots": tmp_path / "root.pem",
        "folder": folder,
    }
    paths["leaf"].write_bytes(pki.pem(leaf, intermediate))
    paths["other"].write_bytes(pki.pem(other, intermediate))
    paths["roots"].write_bytes(pki.pem(root.cert))
    return paths


# --- plan -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "max_days", "latest_expiry", "renew_by", "renewal"),
    [
        ("2026-12-05", 200, "2027-06-23", "2027-05-24", 100),
        ("2027-04-01", 100, "2027-07-10", "2027-06-10", 100),
        ("2029-02-01", 100, "2029-05-12", "2029-04-12", 47),  # renewed after 2029-03-15
        ("2029-04-01", 47, "2029-05-18", "2029-04-18", 47),
    ],
)
def test_plan_json_gives_the_longest_validity_and_the_renewal_date(
    seed_profile: Path, at: str, max_days: int, latest_expiry: str, renew_by: str, renewal: int
) -> None:
    _code, out, _ = run("plan", str(seed_profile), "--json", "--at", at)
    data = json.loads(out)
    assert data["max_validity_days"] == max_days
    assert data["latest_expiry"] == latest_expiry
    assert data["renew_by"] == renew_by
    assert data["renewal_max_validity_days"] == renewal


def test_plan_text_says_the_validity_and_the_day_to_renew(seed_profile: Path) -> None:
    code, out, _ = run("plan", str(seed_profile), "--at", "2026-12-05")
    assert code == 0
    section = out[out.index("Validity and renewal") : out.index("Findings:")]
    words = " ".join(section.split())
    assert "200 days at most: issued on 2026-12-05, it expires by 2027-06-23" in words
    assert "Put 2027-05-24 in your calendar to renew it" in words
    assert "the next one may last 100 days at most" in words
    assert all(len(line) < 100 for line in section.splitlines())


def test_plan_text_in_french(seed_profile: Path) -> None:
    _code, out, _ = run("--lang", "fr", "plan", str(seed_profile), "--at", "2027-04-01")
    assert "Validité et renouvellement" in out
    assert "Notez le 2027-06-10 dans votre calendrier" in " ".join(out.split())


# --- EKU-CLIENT-SUNSET on both sides of Chrome's date ---------------------------------------


@pytest.mark.parametrize(
    ("at", "code", "severity"), [("2027-03-14", 0, "warning"), ("2027-03-15", 1, "error")]
)
def test_the_seed_example_is_refused_from_chromes_date(
    seed_profile: Path, tmp_path: Path, at: str, code: int, severity: str
) -> None:
    got, out, _ = run("plan", str(seed_profile), "--json", "--at", at)
    assert got == code
    (sunset,) = [f for f in json.loads(out)["findings"] if f["rule"] == "EKU-CLIENT-SUNSET"]
    assert sunset["severity"] == severity
    assert "private CA" in sunset["fix"] and "AOL off" in sunset["fix"]
    written, _out, err = run("csr", str(seed_profile), "--out", str(tmp_path / at), "--at", at,
                             "--no-encrypt")  # fmt: skip
    assert written == code
    if code:
        assert "EKU-CLIENT-SUNSET" in err


def test_without_aol_the_plan_is_not_refused_after_chromes_date(
    seed_profile: Path, tmp_path: Path
) -> None:
    data = json.loads(seed_profile.read_text(encoding="utf-8"))
    data["federation"]["pic_providers"] = []
    path = tmp_path / "no-aol.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run("plan", str(path), "--json", "--at", "2028-01-01")
    assert code == 0
    data = json.loads(out)
    assert data["extended_key_usages"] == ["serverAuth"]
    assert "EKU-CLIENT-SUNSET" not in {f["rule"] for f in data["findings"]}


# --- check: days left, renew by, --warn-days ----------------------------------------------


def _check(*argv: str) -> tuple[int, list[dict], str]:
    code, out, err = run("check", *argv, "--json")
    return code, [json.loads(line) for line in out.splitlines()], err


def test_check_json_details_carry_days_left_and_renew_by(issued: dict[str, Path]) -> None:
    _code, (result,), _ = _check(str(issued["leaf"]), "--roots", str(issued["roots"]), "--at", AT)
    assert result["details"]["days_left"] == 170
    assert result["details"]["renew_by"] == "2026-10-19"
    assert result["details"]["not_after"].startswith("2026-11-18")


def test_check_of_a_request_has_no_days_left(tmp_path: Path) -> None:
    path = tmp_path / "edge.req"
    path.write_bytes(pki.pem(pki.make_csr()))
    _code, (result,), _ = _check(str(path), "--at", AT)
    assert "days_left" not in result["details"] and "renew_by" not in result["details"]


def test_check_text_says_the_days_left_and_the_day_to_renew(issued: dict[str, Path]) -> None:
    _code, out, _ = run("check", str(issued["leaf"]), "--roots", str(issued["roots"]), "--at", AT)
    assert "Renewal:    Expires on 2026-11-18, in 170 days. Renew it by 2026-10-19." in out
    _code, out, _ = run(
        "--lang", "fr", "check", str(issued["leaf"]), "--roots", str(issued["roots"]), "--at", AT
    )
    assert "Expire le 2026-11-18, dans 170 jours. Renouvelez-le au plus tard le 2026-10-19." in out


@pytest.mark.parametrize(
    ("warn_days", "at", "expiring"),
    [
        (None, "2026-10-19", False),  # 30 days left: the default warns below 30
        (None, "2026-10-20", True),  # 29 days left
        ("31", "2026-10-19", True),
        ("30", "2026-10-19", False),
        ("0", "2026-11-18", False),  # 0 days left, hours to go: never warned
        (None, "2026-11-18", True),
        ("200", AT, True),  # 170 days left
        ("170", AT, False),
    ],
)
def test_warn_days_moves_the_expiring_threshold(
    issued: dict[str, Path], warn_days: str | None, at: str, expiring: bool
) -> None:
    extra = ["--warn-days", warn_days] if warn_days is not None else []
    code, (result,), _ = _check(
        str(issued["leaf"]), "--roots", str(issued["roots"]), "--at", at, *extra
    )
    rules = {f["rule"] for f in result["findings"]}
    assert ("CERT-EXPIRING" in rules) is expiring
    assert code == 0
    days = int(warn_days) if warn_days is not None else 30
    expected = dt.date(2026, 11, 18) - dt.timedelta(days=days)
    assert result["details"]["renew_by"] == expected.isoformat()


@pytest.mark.parametrize("value", ["-1", "abc", "1.5", "", "3651", "1e3", "٣", "99999999999999"])
def test_a_bad_warn_days_is_refused_with_a_sentence(issued: dict[str, Path], value: str) -> None:
    code, out, err = run("check", str(issued["leaf"]), "--warn-days", value, "--at", AT)
    assert code == 2 and out == ""
    assert f"--warn-days {value} is not a number of days." in err
    assert "from 0 to 3650" in err


def test_a_bad_warn_days_is_refused_in_french(issued: dict[str, Path]) -> None:
    code, _out, err = run("--lang", "fr", "check", str(issued["leaf"]), "--warn-days", "x")
    assert code == 2 and "--warn-days x n'est pas un nombre de jours." in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_audit_of_a_folder_honours_warn_days(issued: dict[str, Path], jobs: str) -> None:
    argv = [str(issued["folder"]), "--roots", str(issued["roots"]), "--at", AT, "--jobs", jobs]
    _code, results, _ = _check(*argv)
    assert not any(f["rule"] == "CERT-EXPIRING" for r in results for f in r["findings"])
    _code, results, _ = _check(*argv, "--warn-days", "120")
    expiring = {Path(r["file"]).name for r in results
                if any(f["rule"] == "CERT-EXPIRING" for f in r["findings"])}  # fmt: skip
    assert expiring == {"other.pem"}  # 110 days left; edge.pem has 170
    assert {r["details"]["days_left"] for r in results} == {170, 110}


def test_the_check_report_says_the_renewal(issued: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "check.html"
    argv = ["report", str(issued["leaf"]), "--roots", str(issued["roots"]), "--at", AT]
    code, _out, err = run(*argv, "--out", str(out), "--warn-days", "200")
    assert code in (0, 1), err
    text = out.read_text(encoding="utf-8")
    # 200 days' warning: the day to renew by is behind, so the report says "now"
    assert (
        "Expires on 2026-11-18, in 170 days. Renew it now: the day to renew by, 2026-05-02, "
        "has passed." in text
    )
    assert "CERT-EXPIRING" in text


def test_the_plan_report_says_the_validity(seed_profile: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.html"
    code, _out, err = run("report", str(seed_profile), "--at", "2027-04-01", "--out", str(out))
    assert code in (0, 1), err
    text = out.read_text(encoding="utf-8")
    assert "Validity and renewal" in text and "Put 2027-06-10 in your calendar" in text
    # --warn-days moves the renewal day of a plan's report too, and is checked there too
    code, _out, err = run("report", str(seed_profile), "--at", "2027-04-01", "--out", str(out),
                          "--force", "--warn-days", "50")  # fmt: skip
    assert code in (0, 1), err
    assert "Put 2027-05-21 in your calendar" in out.read_text(encoding="utf-8")
    code, _out, err = run("report", str(seed_profile), "--out", str(tmp_path / "x.html"),
                          "--warn-days", "zz")  # fmt: skip
    assert code == 2 and "--warn-days zz" in err
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("command", ["inf", "powershell"])
@pytest.mark.parametrize(("at", "code"), [("2027-03-14", 0), ("2027-03-15", 1)])
def test_the_windows_files_take_the_plans_day_too(
    seed_profile: Path, command: str, at: str, code: int
) -> None:
    """The INF and the script make the request on the Edge Server from the same plan: from
    Chrome's date the seed example's Client Authentication refuses them too, and --at says
    on which day (before, they could only be judged today)."""
    got, out, err = run(command, str(seed_profile), "--at", at)
    assert got == code
    assert ("EKU-CLIENT-SUNSET" in err) is bool(code)
    assert bool(out) is not bool(code)
