"""Errors the user can act on.

Every failure caused by input (a file, a database, a command-line value) is
raised as :class:`InputError` with a message that says what was wrong and
what to do.  The CLI prints it on one line and exits non-zero; the GUI shows
it in a message box.  Anything else reaching the top is a bug.
"""


class InputError(Exception):
    """Bad input, explained for the user: ``str(error)`` is the whole message."""
