"""Just enough of the W3C WebDriver protocol, over urllib, to drive headless Chromium."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
T = TypeVar("T")


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    for tool in ("chromium", "chromedriver"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install chromium chromium-driver)"
    return None


class Browser:
    """One WebDriver session; every call is a JSON request to chromedriver."""

    def __init__(self, base: str, session: str) -> None:
        self._base = f"{base}/session/{session}"

    def call(self, method: str, path: str, body: object = None) -> Any:
        return _call(method, f"{self._base}{path}", body)

    def get(self, url: str) -> None:
        self.call("POST", "/url", {"url": url})

    def run(self, script: str, *args: object) -> Any:
        return self.call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def run_async(self, script: str, *args: object) -> Any:
        return self.call("POST", "/execute/async", {"script": script, "args": list(args)})

    def find(self, css: str) -> str:
        found = self.call("POST", "/element", {"using": "css selector", "value": css})
        return str(found[ELEMENT])

    def type(self, css: str, text: str) -> None:
        self.call("POST", f"/element/{self.find(css)}/value", {"text": text})

    def click(self, css: str) -> None:
        self.call("POST", f"/element/{self.find(css)}/click", {})

    def windows(self) -> list[str]:
        return list(self.call("GET", "/window/handles"))

    def switch_to(self, handle: str) -> None:
        self.call("POST", "/window", {"handle": handle})

    def text(self) -> str:
        return str(self.run("return document.body ? document.body.innerText : '';"))


def wait_for(check: Callable[[], T | None], timeout: float = 15.0) -> T:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the browser")
        time.sleep(0.1)


@contextmanager
def chromium(profile: Path) -> Iterator[Browser]:
    """A headless Chromium with a fresh profile, driven by its own chromedriver."""
    port = _free_port()
    driver = subprocess.Popen(
        ["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _ready(base))
        options = {
            "binary": shutil.which("chromium"),
            "args": [*CHROMIUM_ARGS, f"--user-data-dir={profile}"],
        }
        capabilities = {"browserName": "chrome", "goog:chromeOptions": options}
        created = _call("POST", f"{base}/session", {"capabilities": {"alwaysMatch": capabilities}})
        browser = Browser(base, created["sessionId"])
        try:
            yield browser
        finally:
            _call("DELETE", browser._base)
    finally:
        driver.terminate()
        driver.wait(10)


def _call(method: str, url: str, body: object = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)["value"]
    except urllib.error.HTTPError as exc:
        detail = json.load(exc)["value"]
        raise AssertionError(f"webdriver {method} {url}: {detail.get('message')}") from None


def _ready(base: str) -> bool:
    try:
        return bool(_call("GET", f"{base}/status")["ready"])
    except (OSError, AssertionError):
        return False


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
