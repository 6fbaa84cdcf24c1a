"""Errors the user can act on.

Every failure caused by input (a file, a database, a command-line value) is
raised as :class:`InputError` with a message that says what was wrong and
what to do.  The CLI prints it on one line and exits non-zero; the GUI shows
it in a message box.  Anything else reaching the top is a bug.
"""


class InputError(Exception):
    """Bad input, explained for the user: ``str(error)`` is the whole message."""


class BrokenInstallation(Exception):
    """A file Chitieu ships with is missing: the installation is incomplete, not the user's input.

    Deliberately not an :class:`InputError` (nor an ``OSError``): code that
    reports a bad input file per file must not blame the user's article for it.
    ``str(error)`` names what is missing; :attr:`advice` says what to do.
    """

    advice = (
        "This Chitieu installation is incomplete or damaged; reinstall it "
        "(pip install --force-reinstall chitieu, or unpack the application folder again)."
    )

    def __str__(self) -> str:
        return f"Chitieu is not installed correctly: {super().__str__()}. {self.advice}"
