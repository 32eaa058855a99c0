"""How a later launch hands its request to the running window: one JSON line over a Unix
socket in a folder only this user can enter, answered `ok` or `no`.

The window's server (ui/single_instance.py) and every client (`ponder capture`, `ponder open`,
a second `ponder`) share this module, so the CLI needs no Qt to talk to the window. Nothing here
trusts a socket it did not verify: the folder must belong to this user with no access for
others, the socket file must be this user's, and the peer must run as this user (SO_PEERCRED
where the OS has it). A channel that fails a check is reported and never used; the caller then
does the work itself.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import socket
import stat
import struct
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MAX_MESSAGE = 64 * 1024
TIMEOUT = 1.5
ACCEPTED, REFUSED_LINE = b"ok\n", b"no\n"
_SUN_PATH_MAX = 104  # the smallest sockaddr_un.sun_path among the platforms (macOS, BSD)


class ChannelError(Exception):
    """The channel cannot be trusted or made; str() says why and what to do."""


class Outcome(enum.Enum):
    HANDED = "handed"  # the window took it
    REFUSED = "refused"  # a window answered but will not take it (another vault)
    NO_WINDOW = "no window"  # nothing listens (or a stale socket from a crash)
    UNSAFE = "unsafe"  # the channel failed a check; `reason` says which


@dataclass(frozen=True, slots=True)
class Delivery:
    outcome: Outcome
    reason: str = ""

    @property
    def handed(self) -> bool:
        return self.outcome is Outcome.HANDED


def channel_dir(env: Mapping[str, str] | None = None) -> Path:
    """The private folder for the socket: `$XDG_RUNTIME_DIR/ponder`, else `<tmp>/ponder-<uid>`;
    created 0700 and verified (owner and mode) every time. Raises ChannelError."""
    if not hasattr(os, "getuid") or not hasattr(socket, "AF_UNIX"):
        raise ChannelError("This system has no private Unix sockets; each launch opens a window.")
    env = os.environ if env is None else env
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime:
        base = Path(runtime)
        verify_private_dir(base)
        folder = base / "ponder"
    else:
        folder = Path(tempfile.gettempdir()) / f"ponder-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise ChannelError(f"Cannot make the folder {folder} for Ponder's socket: {exc}.") from exc
    verify_private_dir(folder)
    return folder


def socket_path(scope: str, env: Mapping[str, str] | None = None) -> Path:
    """The socket of the Ponder using settings folder `scope` (one window per settings folder)."""
    key = hashlib.sha256(scope.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    path = channel_dir(env) / f"{key}.sock"
    if len(os.fsencode(path)) >= _SUN_PATH_MAX:
        raise ChannelError(f"The socket path {path} is too long for this system.")
    return path


def verify_private_dir(folder: Path) -> None:
    """Raise ChannelError unless `folder` is a real folder (no symlink) owned by this user that
    no one else may enter or list."""
    try:
        info = os.lstat(folder)
    except OSError as exc:
        raise ChannelError(f"Cannot check the folder {folder}: {exc.strerror}.") from exc
    if not stat.S_ISDIR(info.st_mode):
        raise ChannelError(f"{folder} is not a folder (a link or a file is in its place).")
    if info.st_uid != os.getuid():
        raise ChannelError(
            f"{folder} belongs to user id {info.st_uid}, not you: someone may be trying to "
            "intercept Ponder. Remove it (or ask an administrator to)."
        )
    if info.st_mode & 0o077:
        raise ChannelError(
            f"{folder} can be entered by other users (mode {stat.filemode(info.st_mode)}): "
            f"make it private with `chmod 700 {folder}`."
        )


def verify_socket_file(path: Path) -> None:
    """Raise ChannelError unless `path` is a socket owned by this user."""
    info = os.lstat(path)
    if not stat.S_ISSOCK(info.st_mode):
        raise ChannelError(f"{path} is not a socket; remove it.")
    if info.st_uid != os.getuid():
        raise ChannelError(f"{path} belongs to user id {info.st_uid}, not you; remove it.")


def peer_uid(fd: int) -> int | None:
    """The user id of the process at the other end of the connected Unix socket `fd`, or None
    where the OS does not say (SO_PEERCRED is Linux's; elsewhere the private folder guards)."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, fileno=os.dup(fd)) as sock:
        creds = sock.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)


def peer_is_me(fd: int, expected_uid: int | None = None) -> bool:
    """Whether the peer of `fd` runs as `expected_uid` (default: this process's user)."""
    uid = peer_uid(fd)
    return uid is None or uid == (os.getuid() if expected_uid is None else expected_uid)


def encode(message: Mapping[str, object]) -> bytes:
    return json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"


def decode(line: bytes) -> dict[str, object] | None:
    """A message from one line, or None when it is not a JSON object."""
    try:
        value = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return value if isinstance(value, dict) else None


def send(path: Path, message: Mapping[str, object], *, timeout: float = TIMEOUT) -> Delivery:
    """Hand `message` to the window listening at `path` and wait for its answer."""
    data = encode(message)
    if len(data) > MAX_MESSAGE:
        return Delivery(Outcome.REFUSED, f"the request is over {MAX_MESSAGE // 1024} KiB")
    try:
        verify_private_dir(path.parent)
        verify_socket_file(path)
    except FileNotFoundError:
        return Delivery(Outcome.NO_WINDOW)
    except ChannelError as exc:
        return Delivery(Outcome.UNSAFE, str(exc))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(os.fspath(path))
        except OSError:  # refused or gone: a socket left by a crash
            return Delivery(Outcome.NO_WINDOW)
        if not peer_is_me(sock.fileno()):
            return Delivery(Outcome.UNSAFE, f"{path} is served by another user's process")
        try:
            sock.sendall(data)
            answer = _read_line(sock)
        except OSError as exc:
            return Delivery(Outcome.NO_WINDOW, f"the window did not answer ({exc})")
    if answer == ACCEPTED:
        return Delivery(Outcome.HANDED)
    if answer == REFUSED_LINE:
        return Delivery(Outcome.REFUSED)
    return Delivery(Outcome.NO_WINDOW, "the window did not answer")


def _read_line(sock: socket.socket) -> bytes:
    data = b""
    while not data.endswith(b"\n") and len(data) < 16:
        chunk = sock.recv(16)
        if not chunk:
            break
        data += chunk
    return data
