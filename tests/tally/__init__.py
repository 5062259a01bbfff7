"""Tests of the tally engine, the pabulib files and ``pbdesk tally``."""
