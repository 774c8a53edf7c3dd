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


V = {"arm", "version.mold=1.10.1", "version.glibc=2.36"}


@pytest.mark.parametrize("text,expected", [
    ("version.mold < '1.11'", True),
    ("version.mold < '1.10.1'", False),
    ("version.mold <= '1.10.1'", True),
    ("version.mold == '1.10.1'", True),
    ("version.mold >= '2'", False),
    ("version.glibc < '2.36.0'", False),          # missing parts count as 0
    ("version.glibc > '2.4'", True),              # numerically, not as text
    ("version.lld < '99'", False),                # a component the cell does not use: always false
    ("version.lld != '14.0.6'", False),
    ("!(version.lld < '99')", True),
    ("arm && version.mold < '2.0' || version.glibc < '2.30'", True),
])
def test_version_atoms(text, expected):
    assert evaluate(text, V) is expected


@pytest.mark.parametrize("text", ["version.mold", "version.mold < 1.11", "version.mold ~ '1'",
                                  "version.mold < 'new'", "version.mold < '1.11' version.lld"])
def test_malformed_version_atoms(text):
    with pytest.raises(ExprError):
        check_syntax(text, {})
