"""Errors the user can act on.

Every failure caused by input (a file, a database, a command-line value) is
raised as :class:`InputError` with a message that says what was wrong and
what to do.  The CLI prints it on one line and exits non-zero; the GUI shows
it in a message box, in its own language when the error has a kind
(:mod:`desktop.core.problems`).  Anything else reaching the top is a bug.
"""

from collections.abc import Mapping


class InputError(Exception):
    """Bad input, explained for the user: ``str(error)`` is the whole message, in English.

    ``kind`` and ``params`` say the same for an interface in another language
    (see :mod:`desktop.core.problems`); an error without a kind is shown in English.
    """

    def __init__(self, message: str, kind: str = "", params: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.params = dict(params or {})

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled whole (a worker process reports problems too): the kind and parameters with it."""
        return _rebuilt, (type(self), self.args, self.__dict__)


def _rebuilt(cls: type[Exception], args: tuple[object, ...], state: dict[str, object]) -> Exception:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


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
