"""Can each service endpoint be reached? One health line per endpoint, for staff.

A HEAD request with the endpoint's own TLS settings and proxy, no credentials
and no document: any HTTP answer (even 401 or 405) shows that the network,
DNS and TLS work; a connection or TLS failure is the finding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from drivers.backoffice.http_backoffice import (
    HttpBackOffice,
    ServiceEndpoint,
    _client_cert,
    _proxies,
    _transport_reason,
)
from kiosk.core.ports import HealthCheck, HealthState
from kiosk.lazy_import import lazy_import

if TYPE_CHECKING:
    import requests
else:
    requests = lazy_import("requests")

PROBE_TIMEOUT_S: Final = 5.0


def endpoint_checks(backoffice: HttpBackOffice) -> list[HealthCheck]:
    return [probe(endpoint, backoffice.session) for endpoint in backoffice.endpoints.values()]


def probe(endpoint: ServiceEndpoint, session: requests.Session) -> HealthCheck:
    name = f"endpoint {endpoint.service_id}"
    timeout = min(endpoint.connect_timeout_s, PROBE_TIMEOUT_S)
    try:
        response = session.head(
            endpoint.url,
            timeout=(timeout, PROBE_TIMEOUT_S),
            verify=str(endpoint.ca_bundle_file) if endpoint.ca_bundle_file else True,
            cert=_client_cert(endpoint),
            proxies=_proxies(endpoint),
            allow_redirects=False,
        )
    except (requests.RequestException, OSError) as error:
        reason = (
            _transport_reason(error, endpoint)
            if isinstance(error, requests.RequestException)
            else str(error)
        )
        return HealthCheck(
            name, HealthState.FAIL, reason, "check the network cable and ask IT about the link"
        )
    response.close()
    return HealthCheck(name, HealthState.OK, f"answers (HTTP {response.status_code})")
