"""Kill ``csr``'s writing with SIGKILL before each of its system calls, then run it again.

Run by ``test_write_together.py`` as ``python kill_points.py FOLDER new|force``; a process
of its own (one thread) that forks one writer per kill point.  Prints one JSON line per
point: whether the writer died, the names in its folder then, and what the next run
(``write_request`` in the same folder) found, said and left.  The test judges.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from syscalls import at_call

from pic_wizard.core.rules.plan import make_plan
from pic_wizard.core.usecases import request as csr
from pic_wizard.core.values.errors import OutputError
from pic_wizard.core.values.topology import seed_example

import pki

PLAN = make_plan(seed_example(), at=pki.AT)
# The calls fsutil makes while writing and settling files.
CALLS = ("open", "fchmod", "fsync", "link", "rename", "replace", "unlink", "listdir")


def killed_at(step: int) -> None:
    """From now on, SIGKILL this process just before its ``step``-th counted call."""
    at_call(step, lambda: os.kill(os.getpid(), signal.SIGKILL), CALLS)


def slot(path: Path) -> int | None:
    """Which of the test keys (``pki.ec_key(slot)``) a key or a request holds."""
    from cryptography import x509

    data = path.read_bytes()
    if path.suffix == ".req":
        key = x509.load_pem_x509_csr(data).public_key()
    else:
        key = serialization.load_pem_private_key(data, password=None).public_key()
    for n in (1, 2, 3):
        if key == pki.ec_key(n).public_key():
            return n
    return None


def state(folder: Path) -> dict[str, object]:
    names = sorted(os.listdir(folder))
    return {"names": names, "slots": {n: slot(folder / n) for n in names if n[0] != "."}}


def main() -> None:
    root, mode = Path(sys.argv[1]), sys.argv[2]
    force = mode == "force"
    for n in (1, 2, 3):  # made once, before the writers fork, so that all share them
        pki.ec_key(n)
    for step in range(1, 200):
        folder = root / f"{step:03d}"
        folder.mkdir()
        if force:  # the pair --force replaces
            csr.write_request(PLAN, folder, None, key=pki.ec_key(1))
        pid = os.fork()
        if pid == 0:
            killed_at(step)
            csr.write_request(PLAN, folder, None, key=pki.ec_key(2), force=force)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        died = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        after_kill = state(folder)
        # The next run, as ``pic-wizard-cli csr`` makes it: settle, then write (no --force).
        found = [
            {
                "completed": s.completed,
                "hidden": [p.name for p in s.hidden],
                "removed": [p.name for p in s.removed],
                "restored": [p.name for p in s.restored],
                "kept": [p.name for p, _ in s.kept],
            }
            for s in csr.clean_interrupted(folder, "sip.contoso.com")
        ]
        try:
            csr.write_request(PLAN, folder, None, key=pki.ec_key(3))
            refused = None
        except OutputError as error:
            refused = error.code
        print(
            json.dumps(
                {
                    "step": step,
                    "died": died,
                    "after_kill": after_kill,
                    "found": found,
                    "refused": refused,
                    "after_next_run": state(folder),
                }
            ),
            flush=True,
        )
        if not died:
            return


if __name__ == "__main__":
    main()
