"""Reviewers, what each reviews, their reviews, and the synthesis the team decides from.

A reviewer reviews every application of the campaign unless told otherwise
(``all_applications``); then only the applications assigned. A review holds, per criterion,
an eligibility answer (yes/no, a "no" needs its reason) or a score on the criterion's scale,
plus a comment and a recommendation. Reviews are typed in the app or come back in Excel
grids (``pbdesk.grids``); both write through ``write_reviews``.

The synthesis gives, per application, each reviewer's weighted total, their mean and spread,
whether reviewers disagree strongly, any eligibility concern, and the team's decision (the
application's status, moved with ``decide``).

Import each name from the module that defines it:

- ``reviewers``: ``ReviewerKind``, ``ReviewerInput``, ``ReviewerView``, the reviewers and
  what each reviews (``save_reviewer``, ``set_assignments``, ``applications_for``…);
- ``answers``: ``ReviewSource``, ``Answer``, ``ReviewInput``, ``ReviewView``, the criteria
  as a review sees them, ``get_review`` / ``save_review``, and writing reviews whole
  (``load_reviews``, ``write_reviews``) for the app and the grids;
- ``decision``: ``Synthesis`` and its rows, ``synthesis`` and ``decide``.
"""
