"""The campaign workspace: the operations the app and the command line run on the store.

Each public function is one unit of work in one transaction, takes plain values and returns
plain dataclasses (``views``), never live ORM rows. Decision-like changes are journaled.
"""
