"""Files exchanged with others: the .pbdesk project file and pabulib .pb files."""
