"""The real parts, started privately for tests and for `make demo`.

Nothing here runs on a station: libsane's `test` backend, a private cupsd with
an IPP Everywhere queue on ippeveprinter, and the reference back-office
receiver. Each part owns its own temporary folders and loopback ports and
stops everything it started.
"""
