from drivers.backoffice.http_backoffice import HttpBackOffice, ServiceEndpoint

__all__ = ["HttpBackOffice", "ServiceEndpoint"]
