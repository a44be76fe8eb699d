"""The first code ``pic-wizard-cli`` runs: Ctrl-C at any moment is one line and exit 130.

The console script (and ``python -m pic_wizard.cli``) starts here rather than in
``program``, so that an interrupt while the command line's modules are still being
imported, a good part of its first 0.15 s, is caught like any other instead of ending in a
Python traceback.  Nothing here imports more than the standard library already loaded at
start.
"""

import os
import sys

# status.EXIT_INTERRUPTED, written out: importing even that small module (a few file
# lookups) before ``main`` runs left a window where Ctrl-C ended in a traceback.  A test
# keeps the two equal.
EXIT_INTERRUPTED = 130


def main() -> int:
    """``pic-wizard-cli``: ``program.main`` with interrupts handled from its very first
    line."""
    _catch_lost_interrupts()
    # Start-up makes many objects and frees almost none: the cyclic collector's passes
    # while the modules are imported (some forty) find nothing.  ``program.main`` lets it
    # run again once the command starts, with start-up's objects frozen.
    import gc  # built into Python: nothing to find or read

    gc.disable()
    try:
        from .program import main as cli_main

        code = cli_main()
        _ignore_interrupts()  # the command is done: only its exit code is left
    except KeyboardInterrupt:
        code = interrupted()
    except Exception as error:
        if not caused_by_interrupt(error):
            raise
        code = interrupted()
    if code == EXIT_INTERRUPTED:
        _exit_interrupted()
    return code


def run() -> int:
    """The console script (and ``python -m pic_wizard.cli``): ``main``, then leave at
    once.  Python's own exit frees every module and object one by one, 15 to 20 ms after
    the work is done, for nothing a command line needs; tests call ``main``, never this."""
    code = main()
    _leave_now(code)
    return code  # something is left for Python's own exit to do


def _leave_now(code: int) -> None:
    """Exit with ``code`` without the interpreter's teardown, once the output is flushed
    and the exit handlers have run; return when that is not safe: a thread Python would
    wait for is still running, or the output cannot be flushed (Python's own exit then
    reports it, as it always did)."""
    threading = sys.modules.get("threading")
    if threading is not None and any(
        thread.is_alive() and not thread.daemon and thread is not threading.main_thread()
        for thread in threading.enumerate()
    ):
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    import atexit

    atexit._run_exitfuncs()  # what the command registered (a worker pool's clean-up)
    _hard_exit(code)


def caused_by_interrupt(error: BaseException) -> bool:
    """Ctrl-C that Python turned into another exception: one that lands in a class
    body's ``__set_name__`` while a module is imported (``ipaddress`` under
    ``importlib.resources``) comes out as a RuntimeError whose cause is the
    KeyboardInterrupt.  ``status.caused_by_interrupt`` is the same test, for the exit
    codes; this module may import nothing of pic-wizard before it runs, so it holds its own
    copy, and a test keeps the two alike."""
    seen: BaseException | None = error
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _exit_interrupted() -> None:
    """Leave with 130 now.  An interrupt that went through Python code run by an extension
    module while it was imported (PyO3 runs some with PyRun_String) leaves a flag behind
    that makes Python, at its very end, kill itself with SIGINT even though the interrupt
    was handled: the exit status would be -2 instead of 130.  Everything to clean has been
    cleaned by now (``finally`` blocks ran); only the buffered output is left to flush."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    _hard_exit(EXIT_INTERRUPTED)


_hard_exit = os._exit


def interrupted() -> int:
    """Say "interrupted" (once: a second Ctrl-C changes nothing) and leave with 130."""
    _ignore_interrupts()
    _say_interrupted()
    _exit_interrupted()
    return EXIT_INTERRUPTED  # not reached


def _catch_lost_interrupts() -> None:
    """Ctrl-C that lands in code Python runs on the side (a weak reference's callback while
    a module is imported, a ``__del__``) is printed as "Exception ignored" and lost: raise
    it again where it stops the command."""
    import _thread

    previous = sys.unraisablehook

    def hook(unraisable: "sys.UnraisableHookArgs") -> None:
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
            # From another thread, so that it is raised in the main one, not in this hook.
            _thread.start_new_thread(_thread.interrupt_main, ())
            return
        previous(unraisable)

    sys.unraisablehook = hook


def _ignore_interrupts() -> None:
    # signal's own core, loaded at start: signal itself builds three enums for nothing.
    import _signal  # type: ignore[import-not-found]

    for _ in range(8):
        try:
            _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
            return
        except KeyboardInterrupt:  # one pending is raised before the handler changes
            continue
        except ValueError:  # not the main thread: no interrupt reaches it
            return


def _say_interrupted() -> int:
    line = "pic-wizard-cli: interrupted"
    try:
        # If the interrupt cut this import short, it is done again (interrupts are
        # ignored now): the line is said in the language the command line asks for.
        from .program import interrupted_message

        line = interrupted_message(sys.argv[1:])
    except Exception:  # the English line is better than none
        pass
    stream = sys.stderr
    if stream is not None:
        try:
            stream.write(line + "\n")
            stream.flush()
        except (OSError, ValueError):
            pass
    return EXIT_INTERRUPTED
