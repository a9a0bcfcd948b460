"""Adapters to the real world, each implementing a Protocol from kiosk.core.ports."""
