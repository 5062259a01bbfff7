"""Dialogs that edit one record, each composing its Designer form."""
