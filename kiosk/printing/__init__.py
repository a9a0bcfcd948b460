"""Documents the station prints itself: receipts, test pages (PDF bytes, no Qt)."""
