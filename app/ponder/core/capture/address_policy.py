"""Which network addresses a clip may fetch from: public ones only, unless the person says so.

Names are resolved here, once; the fetcher then connects to the very address that was
checked, so a second DNS answer (DNS rebinding) can never slip a private address in.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence
from dataclasses import dataclass

from ponder.core.messages import Message

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

BLOCKED_NETWORKS: tuple[IPNetwork, ...] = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",  # "this network"; 0.0.0.0 reaches the local host
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local, incl. the cloud metadata address 169.254.169.254
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "::/128",
        "::1/128",
        "fc00::/7",  # unique local, incl. AWS metadata fd00:ec2::254
        "fe80::/10",
        "ff00::/8",
    )
)
BLOCKED_NAMES = frozenset(
    {"localhost", "metadata", "metadata.google.internal", "metadata.goog", "instance-data"}
)
"""Host names refused before any lookup (cloud metadata services and the local host)."""


class AddressRefusedError(Exception):
    """The URL's host is (or resolves to) an address the policy does not allow."""

    def __init__(self, host: str, address: str | None) -> None:
        where = f"{host} ({address})" if address and address != host else host
        super().__init__(
            Message(
                "Ponder does not fetch from {where}: it is on this computer or a private network. "
                "Turn on 'Clip local addresses' in the preferences (or pass --allow-local) "
                "if you mean it.",
                where=where,
            )
        )
        self.host = host
        self.address = address


class ResolveError(Exception):
    """The host name could not be looked up."""


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Public addresses only, unless `allow_local`; `allowed` lists networks let through anyway."""

    allow_local: bool = False
    allowed: tuple[IPNetwork, ...] = ()

    def permits(self, address: IPAddress) -> bool:
        if self.allow_local or any(address in net for net in self.allowed):
            return True
        return all(_is_public(candidate) for candidate in _embedded(address))

    def resolve(self, host: str, port: int) -> list[IPAddress]:
        """The addresses to connect to for `host`; AddressRefusedError if any is not allowed."""
        name = host.strip("[]").rstrip(".").lower()
        if not self.allow_local and (name in BLOCKED_NAMES or name.endswith(".localhost")):
            raise AddressRefusedError(host, None)
        addresses = _lookup(name, port)
        for address in addresses:
            if not self.permits(address):
                raise AddressRefusedError(host, str(address))
        return addresses


def _lookup(name: str, port: int) -> list[IPAddress]:
    """Every address `name` stands for. Numeric forms the C resolver accepts (`127.1`,
    `0x7f000001`, `2130706433`, `0177.0.0.1`) come back as the address they really mean."""
    try:
        infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ResolveError(f"Could not find the site {name!r} (the name did not resolve).") from exc
    found: dict[IPAddress, None] = {}
    for _family, _type, _proto, _canon, sockaddr in infos:
        text = str(sockaddr[0]).split("%", 1)[0]
        found.setdefault(ipaddress.ip_address(text), None)
    if not found:
        raise ResolveError(f"Could not find the site {name!r} (no addresses).")
    return list(found)


def _embedded(address: IPAddress) -> Sequence[IPAddress]:
    """The address and any IPv4 address it carries (mapped, NAT64, 6to4, Teredo)."""
    if isinstance(address, ipaddress.IPv4Address):
        return (address,)
    inner: list[IPAddress] = [address]
    if address.ipv4_mapped is not None:
        inner.append(address.ipv4_mapped)
    if address.sixtofour is not None:
        inner.append(address.sixtofour)
    if address.teredo is not None:
        inner.extend(address.teredo)
    if address in ipaddress.ip_network("64:ff9b::/96"):
        inner.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return inner


def _is_public(address: IPAddress) -> bool:
    if any(address.version == net.version and address in net for net in BLOCKED_NETWORKS):
        return False
    return address.is_global and not address.is_multicast and not address.is_reserved
