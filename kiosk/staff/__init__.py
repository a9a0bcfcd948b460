"""Staff mode without Qt: champions' PINs, the wrong-PIN lockout, the audit log,
the out-of-service state, and the staff service behind the staff screens."""
