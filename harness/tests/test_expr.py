import pytest

from harness.expr import ExprError, check_syntax, evaluate

F = {"amd64", "tlsdesc", "qemu-less"}


@pytest.mark.parametrize("text,expected", [
    ("amd64", True),
    ("arm64", False),
    ("!arm64", True),
    ("amd64 && tlsdesc", True),
    ("amd64 && arm64", False),
    ("arm64 || tlsdesc", True),
    ("!amd64 || tlsdesc && arm64", False),     # && binds tighter than ||
    ("(!amd64 || tlsdesc) && !arm64", True),
    ("qemu-less", True),
    ("variant.model == 'initial-exec'", True),
    ("variant.model != 'initial-exec'", False),
    ('amd64 && variant.model == "global-dynamic"', False),
])
def test_evaluate(text, expected):
    assert evaluate(text, F, {"model": "initial-exec"}) is expected


@pytest.mark.parametrize("text", ["", "amd64 &&", "(amd64", "amd64 arm64", "variant.model", "variant.model == x",
                                  "variant.nope == 'a'", "a ; b"])
def test_malformed(text):
    with pytest.raises(ExprError):
        evaluate(text, F, {"model": "initial-exec"})


def test_check_syntax_rejects_unknown_value():
    with pytest.raises(ExprError, match="no value"):
        check_syntax("variant.model == 'typo'", {"model": ["global-dynamic"]})
    check_syntax("variant.model == 'global-dynamic' && arm", {"model": ["global-dynamic"]})
