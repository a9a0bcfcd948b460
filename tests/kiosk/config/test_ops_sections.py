"""[metrics] and [training]: optional, and each mistake reported at its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config

REPO = Path(__file__).resolve().parents[3]
DEMO = REPO / "config" / "demo.toml"
DEMO_TEXT = DEMO.read_text(encoding="utf-8")
METRICS = '[metrics]\nenabled = true\nhost = "127.0.0.1"\nport = 18660\n'


def write(tmp_path: Path, text: str) -> Path:
    """In the config folder, so the demo's relative paths still resolve."""
    path = DEMO.parent / f".test-{tmp_path.name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _clean_up(tmp_path: Path) -> object:
    yield None
    (DEMO.parent / f".test-{tmp_path.name}.toml").unlink(missing_ok=True)


def problems(tmp_path: Path, text: str) -> list[str]:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return [str(problem) for problem in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    return text.count("\n", 0, text.index(needle)) + 1


def test_sections_are_optional_and_off_by_default(tmp_path: Path) -> None:
    text = DEMO_TEXT.replace(METRICS, "")
    config = load_config(write(tmp_path, text))
    assert not config.metrics.enabled
    assert (config.metrics.host, config.metrics.port) == ("127.0.0.1", 9110)
    assert not config.training.enabled
    assert config.training.endpoint_for("parking") is None


def test_the_demo_serves_metrics_on_its_own_port() -> None:
    config = load_config(DEMO)
    assert config.metrics.enabled
    assert (config.metrics.host, config.metrics.port) == ("127.0.0.1", 18660)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("port = 18660", "port = 80", "metrics.port: must be at least 1024"),
        ("port = 18660", 'port = "9110"', "metrics.port: expected a whole number"),
        ('host = "127.0.0.1"', 'host = "localhost"', "is not an IP address"),
        ("enabled = true", "enabled = 1", "metrics.enabled: expected true or false"),
        ("port = 18660", "port = 18660\nlisten = 1", "metrics.listen: unknown key"),
    ],
)
def test_metrics_mistakes_name_file_line_and_fix(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    text = DEMO_TEXT.replace(METRICS, METRICS.replace(old, new))
    [problem] = problems(tmp_path, text)
    needle = new.splitlines()[-1]
    assert f":{line_of(text, needle)}: " in problem
    assert expected in problem
    assert "fix:" in problem


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("[training]\nenabled = true\n", "training.enabled: training mode needs a sandbox"),
        (
            '[training]\nendpoint = "https://sandbox.example.gov.uk/services"\n',
            "training.endpoint: the sandbox address has no {service_id}",
        ),
        (
            '[training]\nendpoint = "http://sandbox.example.gov.uk/{service_id}"\n',
            "plain http to sandbox.example.gov.uk",
        ),
        (
            '[training]\nendpoint = "http://127.0.0.1:18650/services/{service_id}"\n',
            "training.endpoint: the sandbox address is the live endpoint",
        ),
    ],
)
def test_training_mistakes_name_file_line_and_fix(
    tmp_path: Path, section: str, expected: str
) -> None:
    text = DEMO_TEXT.replace(METRICS, METRICS + "\n" + section)
    [problem] = problems(tmp_path, text)
    assert expected in problem
    assert f":{line_of(text, section) + 1}: " in problem  # the key under [training]
    assert "fix:" in problem


def test_a_training_sandbox_per_service(tmp_path: Path) -> None:
    section = (
        '[training]\nenabled = true\nendpoint = "http://127.0.0.1:18651/services/{service_id}"\n'
    )
    config = load_config(write(tmp_path, DEMO_TEXT.replace(METRICS, METRICS + "\n" + section)))
    assert config.training.enabled
    assert config.training.endpoint_for("parking") == "http://127.0.0.1:18651/services/parking"
