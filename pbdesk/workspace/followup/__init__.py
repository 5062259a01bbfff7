"""Phase 9, the follow-up of funded projects: subsidy, instalments, milestones, updates with
photos, expenses, the campaign's money and the dashboard's alerts.

The projects followed are the campaign's funded applications, plus the applications the team
adds as carried out outside the vote ("réalisé hors votation"). A project's follow-up row
(``ProjectFollowUp``) is created the first time something is saved for it; until then it is
shown with its defaults (status lauréat, allocation = the amount voted). Every function is
one transaction (all or nothing) and journals its change. Functions take the application's id
for the project, and the row's own id for its instalments, milestones, updates and expenses.

Import each name from the module that defines it:

- ``projects``: the followed projects and their money — ``ProjectRow``, ``ProjectDetail``,
  ``list_projects``, ``campaign_totals``, ``project_detail``, the projects carried out
  outside the vote, ``save_followup`` (subsidy, convention, report) and
  ``change_followup_status``;
- ``records``: each project's instalments, milestones, updates with photos and expenses,
  their views and their add / change / delete functions;
- ``alerts``: ``followup_alerts`` for the dashboard;
- ``common``: the helpers the others share (the project's application and follow-up row,
  journalling a change).
"""
