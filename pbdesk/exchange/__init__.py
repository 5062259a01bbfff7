"""Files exchanged with other tools: pabulib .pb files (and later the .pbdesk project file)."""
