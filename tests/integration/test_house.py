"""The house rules of docs/architecture.md that import-linter does not check: small modules, packages that say what they hold."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
LIMIT = 500


def _modules():
    return [p for p in APP.rglob("*.py") if "versions" not in p.parts]


def test_no_module_is_over_500_lines():
    long = {str(p.relative_to(APP)): n for p in _modules() if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert long == {}


def test_every_package_says_what_it_holds_and_points_to_the_architecture():
    packages = [p for p in APP.rglob("__init__.py") if "migrations" not in p.parts]
    assert len(packages) >= 17  # app, domain and its 7 contexts, services, ui and 6 folders, storage, reports, sync, cli
    silent = [str(p.relative_to(APP)) for p in packages if "docs/architecture.md" not in (ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) or "")]
    assert silent == []


def test_every_module_has_a_docstring():
    silent = [str(p.relative_to(APP)) for p in _modules() if p.name != "__init__.py" and p.parent.name != "migrations"
              and not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert silent == []
