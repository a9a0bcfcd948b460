from drivers.scanner.sane_scanner import SaneScanner

__all__ = ["SaneScanner"]
