from drivers.printer.cups_printer import CupsPrinter

__all__ = ["CupsPrinter"]
