"""The Microsoft serialized certificate store (.sst), as Export-Certificate -Type SST writes
it: read by the loader like a P7B; every damaged or hostile one refused with its sentence,
never a traceback, within bounds."""

from __future__ import annotations

import contextlib
import random
import struct

import pytest
from sst_writer import CERT_CERT_PROP_ID, element, end_marker, sst

from pic_wizard.core.values.errors import InputError
from pic_wizard.core.x509 import sst as reader
from pic_wizard.core.x509.loader import MAX_CERTIFICATES, load_bytes, load_store

import pki


@pytest.fixture(scope="module")
def store_ders() -> list[bytes]:
    root = pki.make_root()
    intermediate = pki.make_intermediate(root)
    other = pki.make_root("Another Test Root", slot=1)
    return [pki.der(root.cert), pki.der(intermediate.cert), pki.der(other.cert)]


def test_a_store_export_reads_as_its_certificates_in_order(store_ders: list[bytes]) -> None:
    loaded = load_bytes(sst(store_ders, friendly_name="Test root"), "root.sst")
    assert loaded.format == "SST"
    assert [pki.der(c) for c in loaded.certificates] == store_ders


def test_crls_and_unknown_properties_are_skipped(store_ders: list[bytes]) -> None:
    data = sst(store_ders[:1], crl=b"\x30\x03\x02\x01\x00")
    assert [pki.der(c) for c in load_bytes(data, "root.sst").certificates] == store_ders[:1]


def test_an_empty_store_holds_no_certificate(tmp_path) -> None:
    path = tmp_path / "empty.sst"
    path.write_bytes(sst([]))
    with pytest.raises(InputError) as caught:
        load_store(str(path))
    assert caught.value.code == "store-not-certificates"


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda d: d[:-12], "cut short"),  # no end marker
        (lambda d: d[:-1], "cut short"),
        (lambda d: d[:-3] + b"\x01\x00\x00", "end marker"),
        (lambda d: d[:8] + struct.pack("<III", 32, 1, 10**6) + d[20:], "longer than"),
        (lambda d: d[:8] + struct.pack("<III", 32, 7, 4) + b"\x30\x02\x05\x00" + d[8:], "encoding"),
        (lambda d: d[:8] + struct.pack("<III", 0x10000, 1, 0) + d[8:], "identifier"),
    ],
)
def test_a_damaged_store_is_refused_in_words(store_ders: list[bytes], damage, reason) -> None:
    data = damage(sst(store_ders))
    with pytest.raises(InputError) as caught:
        load_bytes(data, "root.sst")
    assert caught.value.code == "sst-damaged"
    assert reason in str(caught.value)
    assert "root.sst" in str(caught.value)


def test_a_certificate_element_that_is_not_a_certificate(store_ders: list[bytes]) -> None:
    data = reader.MAGIC + element(CERT_CERT_PROP_ID, b"\x30\x03\x02\x01\x00") + end_marker()
    with pytest.raises(InputError) as caught:
        load_bytes(data, "root.sst")
    assert caught.value.code == "sst-damaged"


def test_more_certificates_than_the_loader_reads_are_refused_before_parsing() -> None:
    # Not certificates at all: the count is refused before any of them is parsed.
    data = reader.MAGIC + element(CERT_CERT_PROP_ID, b"\x30\x00") * (MAX_CERTIFICATES + 1)
    with pytest.raises(InputError) as caught:
        load_bytes(data + end_marker(), "many.sst")
    assert caught.value.code == "too-many-items"


def test_a_file_of_empty_properties_is_bounded() -> None:
    data = reader.MAGIC + element(3, b"") * (reader.MAX_ELEMENTS + 1) + end_marker()
    with pytest.raises(InputError) as caught:
        load_bytes(data, "props.sst")
    assert caught.value.code == "too-many-items"


def test_every_truncation_is_a_clean_refusal(store_ders: list[bytes]) -> None:
    data = sst(store_ders, friendly_name="x")
    for size in range(len(reader.MAGIC), len(data)):
        with pytest.raises(InputError):
            load_bytes(data[:size], "cut.sst")


def test_random_corruption_gives_a_result_or_an_input_error(store_ders: list[bytes]) -> None:
    data = sst(store_ders)
    chooser = random.Random(12)
    for _ in range(300):
        damaged = bytearray(data)
        for _ in range(chooser.randint(1, 4)):
            damaged[chooser.randrange(8, len(damaged))] = chooser.randrange(256)
        with contextlib.suppress(InputError):
            load_bytes(bytes(damaged), "mutated.sst")
