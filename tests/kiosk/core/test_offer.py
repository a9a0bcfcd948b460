import pytest

from kiosk.core.offer import Missing, Parts, offer_for


def test_a_whole_station_offers_everything() -> None:
    offer = offer_for(Parts(forms=3))
    assert (offer.send_documents, offer.print_forms, offer.copy, offer.print_receipt) == (
        True,
        True,
        True,
        True,
    )
    assert offer.missing == ()


def test_without_a_scanner_only_forms_are_offered() -> None:
    offer = offer_for(Parts(scanner=False, forms=2))
    assert not offer.send_documents and not offer.copy
    assert offer.print_forms and offer.anything
    assert offer.missing == (Missing.SCANNER,)


def test_without_a_printer_documents_are_still_sent_without_a_receipt() -> None:
    offer = offer_for(Parts(printer=False, forms=2))
    assert offer.send_documents
    assert not (offer.print_forms or offer.copy or offer.print_receipt)


@pytest.mark.parametrize(
    "parts",
    [Parts(scanner=False, printer=False, forms=2), Parts(scanner=False, forms=0)],
)
def test_a_station_with_nothing_working_offers_nothing(parts: Parts) -> None:
    assert not offer_for(parts).anything


def test_no_outbox_means_no_sending_but_copies_still_work() -> None:
    offer = offer_for(Parts(sending=False))
    assert not offer.send_documents and offer.copy
    assert offer.missing == (Missing.SENDING,)
